"""The statistics as the coordinator reads them (issue 11): the comparison period's count
as its own column on screen and in every export, a chart per table with both periods,
XLSX cells with number and percent formats, periods named as people say them, and a
period form that answers every bad input with a form error, never a 500."""

import csv
import datetime
import io
import json

import pytest
from openpyxl import load_workbook

from juridesk.stats import Periode

pytestmark = pytest.mark.django_db
SCHERM = "/admin/juridesk/statistieken/"
H2 = {"jaar": "2024", "deel": "h2"}


@pytest.mark.parametrize(
    ("periode", "naam"),
    [
        (Periode.jaar(2024), "2024"),
        (Periode.halfjaar(2024, 1), "eerste jaarhelft 2024"),
        (Periode.halfjaar(2024, 2), "tweede jaarhelft 2024"),
        (Periode.kwartaal(2025, 1), "eerste kwartaal 2025"),
        (Periode.kwartaal(2025, 4), "vierde kwartaal 2025"),
        (Periode(datetime.date(2024, 3, 1), datetime.date(2024, 3, 31)), "maart 2024"),
        (
            Periode(datetime.date(2023, 7, 1), datetime.date(2023, 12, 15)),
            "01-07-2023 tot 15-12-2023",
        ),
        (
            Periode(datetime.date(2023, 1, 1), datetime.date(2024, 12, 31)),
            "01-01-2023 tot 31-12-2024",
        ),
    ],
)
def test_periods_are_named_as_people_say_them(periode, naam):
    assert periode.label == naam


@pytest.fixture
def gegevens(maak_vraag):
    for dag in ["2024-07-01", "2024-09-15", "2024-12-31"]:
        maak_vraag(dag, regio="antwerpen", themas=["sociaal-recht-ocmw-steun"])
    maak_vraag("2024-10-01", regio="limburg")
    maak_vraag("2023-08-01", regio="antwerpen")
    maak_vraag("2023-11-30", regio="antwerpen")
    maak_vraag("2023-12-01", regio="brussel")
    maak_vraag("2024-03-01", regio="brussel")  # first half: counts in neither


@pytest.fixture
def coordinator(aangemeld):
    return aangemeld("Coördinatoren")


def test_the_screen_shows_the_comparison_count_and_a_chart_per_table(coordinator, gegevens):
    antwoord = coordinator.get(SCHERM, H2)
    html = antwoord.content.decode()
    assert "Juridesk-vragen tweede jaarhelft 2024 (vergeleken met tweede jaarhelft 2023)" in html
    assert "<th" in html and "Aantal tweede jaarhelft 2023" in html
    regio = antwoord.context["tabellen"][0]["tabel"]
    rijen = {r.record["label"]: r.record for r in regio.rows}
    assert (
        rijen["Provincie Antwerpen"]["aantal"],
        rijen["Provincie Antwerpen"]["vergelijking"],
    ) == (3, 2)
    assert rijen["Provincie Antwerpen"]["gedrukt"] == "75% (+50)"
    assert (rijen["Brussels gewest"]["aantal"], rijen["Brussels gewest"]["vergelijking"]) == (0, 1)
    assert (rijen["Totaal"]["aantal"], rijen["Totaal"]["vergelijking"]) == (4, 3)
    # one chart per table, the table's own data, with a text alternative
    for tabel in antwoord.context["tabellen"]:
        assert f'src="/admin/juridesk/statistieken/grafiek/{tabel["naam"]}.svg?' in html
    assert html.count('class="juridesk-grafiek"') == len(antwoord.context["tabellen"])
    assert (
        'alt="Staafdiagram: Regio van vraagsteller, tweede jaarhelft 2024 naast tweede jaarhelft 2023'
        in html
    )


def test_the_chart_puts_the_comparison_period_beside_the_period(coordinator, gegevens):
    svg = coordinator.get("/admin/juridesk/statistieken/grafiek/regio.svg", H2).content.decode()
    assert "tweede jaarhelft 2024" in svg and "tweede jaarhelft 2023" in svg
    assert "Provincie Antwerpen" in svg
    assert svg.count('<g id="patch_') >= 2 * 8  # two bars for each of the 8 rows


def test_every_export_has_the_comparison_count(coordinator, gegevens):
    tekst = coordinator.get("/admin/juridesk/statistieken/regio.csv", H2).content.decode(
        "utf-8-sig"
    )
    rijen = list(csv.reader(io.StringIO(tekst, newline=""), delimiter=";"))
    assert rijen[0][:3] == [
        "Regio van vraagsteller",
        "Aantal tweede jaarhelft 2024",
        "Aantal tweede jaarhelft 2023",
    ]
    assert rijen[1][:3] == ["Provincie Antwerpen", "3", "2"]
    assert rijen[-1][:3] == ["Totaal", "4", "3"]

    data = json.loads(coordinator.get("/admin/juridesk/statistieken/alle.json", H2).content)
    assert data["tabellen"]["regio"][0]["aantal_vergelijking"] == 2
    assert data["periode_naam"] == "tweede jaarhelft 2024"
    assert data["vergelijking_naam"] == "tweede jaarhelft 2023"


def test_the_xlsx_has_number_and_percent_formats(coordinator, gegevens):
    inhoud = coordinator.get("/admin/juridesk/statistieken/alle.xlsx", H2).content
    blad = load_workbook(io.BytesIO(inhoud))["Regio van vraagsteller"]
    assert [c.value for c in blad[1]] == [
        "Regio van vraagsteller",
        "Aantal tweede jaarhelft 2024",
        "Aantal tweede jaarhelft 2023",
        "Aandeel",
        "Evolutie",
        "Aandeel op totaal (en evolutie t.o.v. tweede jaarhelft 2023)",
    ]
    antwerpen = blad[2]
    assert [c.value for c in antwerpen] == ["Provincie Antwerpen", 3, 2, 0.75, 0.5, "75% (+50)"]
    assert antwerpen[1].number_format == antwerpen[2].number_format == "#,##0"
    assert antwerpen[3].number_format == "0%"
    assert antwerpen[4].number_format == "+0%;-0%;0%"
    brussel = next(r for r in blad.iter_rows(min_row=2) if r[0].value == "Brussels gewest")
    assert [c.value for c in brussel[:5]] == ["Brussels gewest", 0, 1, 0, -1]


@pytest.mark.parametrize(
    ("params", "fout"),
    [
        ({"van": "2024-02-30", "tot": "2024-03-31"}, "van"),
        ({"van": "1-7-2024x", "tot": "31-12-2024"}, "van"),
        ({"van": "2024-07-01", "tot": "morgen"}, "tot"),
        ({"van": "0001-01-01", "tot": "9999-12-31"}, "van"),
        ({"van": "2024-01-01", "tot": "9999-12-31"}, "tot"),
        (
            {"jaar": "2024", "vergelijk_van": "0001-01-01", "vergelijk_tot": "0001-12-31"},
            "vergelijk_van",
        ),
        ({"jaar": "²"}, "jaar"),
        ({"jaar": "9" * 5000}, "jaar"),
        ({"jaar": "2024", "deel": "h9"}, "deel"),
    ],
)
def test_a_bad_period_is_a_form_error_never_a_500(coordinator, gegevens, params, fout):
    antwoord = coordinator.get(SCHERM, params)
    assert antwoord.status_code == 200
    assert antwoord.context["resultaat"] is None, "nothing is shown for a period not asked for"
    assert fout in antwoord.context["form"].errors, antwoord.context["form"].errors
    assert f'id="id_{fout}_fout"' in antwoord.content.decode()
    for pad in ["alle.csv", "alle.xlsx", "alle.json", "grafiek/regio.svg"]:
        assert coordinator.get(SCHERM + pad, params).status_code == 400


@pytest.mark.parametrize("van", ["2024-07-01", "01-07-2024", "1/7/2024"])
def test_a_date_is_read_as_typed(coordinator, gegevens, van):
    antwoord = coordinator.get(SCHERM, {"van": van, "tot": "31-12-2024"})
    assert antwoord.context["form"].errors == {}
    assert antwoord.context["periode_label"] == "tweede jaarhelft 2024"
