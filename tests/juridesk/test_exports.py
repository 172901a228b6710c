"""Every export format: the command's JSON, CSV and XLSX, the view's per-table and
all-table downloads, and the charts as PNG and SVG."""

import csv
import io
import json

import pytest
from django.core.management import CommandError, call_command
from openpyxl import load_workbook

from juridesk.lijsten import TABELLEN

pytestmark = pytest.mark.django_db

KOP = "Aandeel op totaal (en evolutie t.o.v. 2023)"


@pytest.fixture
def gegevens(maak_vraag):
    for _ in range(3):
        maak_vraag(
            "2024-03-01",
            regio="antwerpen",
            sector="wonen",
            themas=["verblijfsrecht-gezinshereniging"],
        )
    maak_vraag("2024-03-02", regio="limburg")
    maak_vraag("2023-03-01", regio="antwerpen", themas=["verblijfsrecht-gezinshereniging"])
    maak_vraag("2023-03-01", regio="antwerpen")


def test_json_on_standard_output(gegevens, capsys):
    call_command("juridesk_stats", "--jaar", "2024")
    data = json.loads(capsys.readouterr().out)
    assert data["periode"] == {"van": "2024-01-01", "tot": "2024-12-31"}
    assert data["vergelijking"] == {"van": "2023-01-01", "tot": "2023-12-31"}
    assert (data["totaal"], data["totaal_vergelijking"], data["evolutie"]) == (4, 2, 100)
    assert list(data["tabellen"]) == TABELLEN
    antwerpen = data["tabellen"]["regio"][0]
    assert antwerpen == {
        "code": "antwerpen",
        "label": "Provincie Antwerpen",
        "aantal": 3,
        "aandeel": 75.0,
        "aantal_vergelijking": 2,
        "evolutie": 50.0,
    }
    limburg = next(r for r in data["tabellen"]["regio"] if r["label"] == "Limburg")
    assert limburg["evolutie"] is None
    verblijf = data["tabellen"]["thema"][0]
    assert verblijf["label"] == "Verblijfsrecht"
    assert verblijf["subthemas"][0]["label"] == "Gezinshereniging"
    assert verblijf["subthemas"][0]["aantal"] == 3


def test_csv_holds_every_table_one_after_the_other(gegevens, tmp_path):
    uit = tmp_path / "stats.csv"
    call_command(
        "juridesk_stats",
        "--van",
        "2024-01-01",
        "--tot",
        "2024-12-31",
        "--vergelijk-van",
        "2023-01-01",
        "--vergelijk-tot",
        "2023-12-31",
        "--format",
        "csv",
        "--output",
        str(uit),
    )
    regels = list(csv.reader(io.StringIO(uit.read_text(encoding="utf-8-sig")), delimiter=";"))
    koppen = [
        r for r in regels if r and r[1:5] == ["Aantal 2024", "Aantal 2023", "Aandeel", "Evolutie"]
    ]
    assert [k[0] for k in koppen] == [
        "Regio van vraagsteller",
        "Categorie vraagsteller",
        "Sector",
        "Thema",
        "Verblijfssituatie",
        "Nationaliteit",
        "Kanaal",
        "Lijn",
        "Dossier",
    ]
    assert koppen[0][5] == KOP
    assert ["Provincie Antwerpen", "3", "2", "75,0", "50,0", "75% (+50)"] in regels
    assert ["Limburg", "1", "0", "25,0", "", "25%"] in regels
    assert ["Totaal", "4", "2", "100,0", "100,0", "100% (+100)"] in regels
    assert ["Verblijfsrecht > Gezinshereniging", "3", "1", "75,0", "200,0", "75% (+200)"] in regels


def test_xlsx_has_one_sheet_per_table(gegevens, tmp_path):
    uit = tmp_path / "stats.xlsx"
    call_command("juridesk_stats", "--jaar", "2024", "--format", "xlsx", "--output", str(uit))
    boek = load_workbook(uit)
    assert boek.sheetnames[:3] == ["Regio van vraagsteller", "Categorie vraagsteller", "Sector"]
    assert len(boek.sheetnames) == 9
    blad = boek["Sector"]
    rijen = list(blad.iter_rows(values_only=True))
    assert rijen[0] == ("Sector", "Aantal 2024", "Aantal 2023", "Aandeel", "Evolutie", KOP)
    wonen = next(r for r in rijen if r[0] == "Wonen")
    assert wonen == ("Wonen", 3, 0, 0.75, None, "75%")
    assert rijen[-1][0] == "Totaal" and rijen[-1][1] == 4


def test_bad_periods_are_refused(db):
    with pytest.raises(CommandError, match="Geef --jaar"):
        call_command("juridesk_stats")
    with pytest.raises(CommandError, match="geen datum"):
        call_command("juridesk_stats", "--van", "2024-13-01", "--tot", "2024-12-31")
    with pytest.raises(CommandError, match="voor het begin"):
        call_command("juridesk_stats", "--van", "2024-12-01", "--tot", "2024-01-31")


def test_the_screen_offers_each_table_and_all_of_them(gegevens, aangemeld):
    client = aangemeld("Coördinatoren")
    pagina = client.get("/admin/juridesk/statistieken/", {"jaar": 2024})
    assert pagina.status_code == 200
    html = pagina.content.decode()
    assert "Provincie Antwerpen" in html and "75% (+50)" in html
    assert "Gezinshereniging" in html

    regio = client.get("/admin/juridesk/statistieken/regio.csv", {"jaar": 2024})
    assert regio["Content-Type"].startswith("text/csv")
    tekst = regio.content.decode("utf-8-sig")
    assert tekst.startswith("Regio van vraagsteller;Aantal 2024;Aantal 2023;Aandeel;Evolutie;")
    assert "Categorie vraagsteller" not in tekst

    alles = client.get("/admin/juridesk/statistieken/alle.xlsx", {"jaar": 2024})
    assert len(load_workbook(io.BytesIO(alles.content)).sheetnames) == 9
    json_ = client.get("/admin/juridesk/statistieken/alle.json", {"jaar": 2024})
    assert json.loads(json_.content)["totaal"] == 4

    halfjaar = client.get("/admin/juridesk/statistieken/alle.json", {"jaar": 2024, "deel": "h1"})
    assert json.loads(halfjaar.content)["periode"] == {"van": "2024-01-01", "tot": "2024-06-30"}

    fout = client.get("/admin/juridesk/statistieken/alle.csv", {"van": "2024-05-01"})
    assert fout.status_code == 400
    assert client.get("/admin/juridesk/statistieken/onbekend.csv").status_code == 404


def test_charts_as_png_and_svg(gegevens, aangemeld):
    client = aangemeld("Coördinatoren")
    png = client.get("/admin/juridesk/statistieken/grafiek/regio.png", {"jaar": 2024})
    assert png["Content-Type"] == "image/png"
    assert png.content.startswith(b"\x89PNG\r\n\x1a\n")
    svg = client.get("/admin/juridesk/statistieken/grafiek/thema.svg", {"jaar": 2024})
    assert svg["Content-Type"] == "image/svg+xml"
    tekst = svg.content.decode()
    assert "<svg" in tekst
    assert client.get("/admin/juridesk/statistieken/grafiek/regio.gif").status_code == 404


def test_the_listing_exports_for_coordinators(gegevens, aangemeld):
    client = aangemeld("Coördinatoren")
    antwoord = client.get("/admin/juridesk/vragen/", {"export": "csv"})
    inhoud = b"".join(antwoord.streaming_content).decode()
    regels = inhoud.strip().splitlines()
    assert len(regels) == 1 + 6
    assert "Thema's" in regels[0]
    assert "Verblijfsrecht > Gezinshereniging" in inhoud
    xlsx = client.get("/admin/juridesk/vragen/", {"export": "xlsx"})
    blad = load_workbook(io.BytesIO(b"".join(xlsx.streaming_content))).active
    assert blad.max_row == 7
