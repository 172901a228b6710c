"""Journey 4 (issue 11): the coordinator prepares the half-year report.

She opens the statistics, asks for the second half of 2024, which the screen compares with
the second half of 2023: each table shows both counts side by side and a chart with both
periods. She downloads the XLSX for the designer; the test opens that file with openpyxl
and checks it cell by cell against the tables on the screen: the same headings, rows,
counts, shares and changes, with number and percent formats."""

import datetime
from zoneinfo import ZoneInfo

import pytest
from openpyxl import load_workbook

from juridesk import opmaak
from juridesk.models import Vraag, Waarde

WACHTWOORD = "geheim-wachtwoord-123"
BRUSSEL = ZoneInfo("Europe/Brussels")

# (day, regio, categorie, themes, nationality code): the questions of the test
VRAGEN = [
    # second half of 2024: 12 questions
    ("2024-07-01", "antwerpen", "non-profit", ["verblijfsrecht-gezinshereniging"], "ma"),
    ("2024-07-15", "antwerpen", "non-profit", ["verblijfsrecht-gezinshereniging"], "ma"),
    ("2024-08-02", "antwerpen", "betrokkene", ["sociaal-recht-ocmw-steun"], "sy"),
    ("2024-08-30", "brussel", "non-profit", ["sociaal-recht-ocmw-steun"], "sy"),
    ("2024-09-10", "brussel", "vrijwilliger", ["ipr-huwelijk", "verblijfsrecht-bescherming"], "af"),
    ("2024-09-11", "limburg", "non-profit", [], "af"),
    ("2024-10-01", "limburg", "betrokkene", ["verblijfsrecht-gezinshereniging"], "ge"),
    ("2024-10-20", "oost-vlaanderen", "non-profit", ["ipr-echtscheiding"], "xk"),
    ("2024-11-05", "oost-vlaanderen", "ruime-publiek", ["verblijfsrecht"], "staatloos"),
    ("2024-11-30", "antwerpen", "non-profit", ["verblijfsrecht-gezinshereniging"], "ma"),
    ("2024-12-24", None, None, [], None),
    ("2024-12-31", "west-vlaanderen", "non-profit", ["sociaal-recht-opvang"], "ua"),
    # second half of 2023: 8 questions
    ("2023-07-03", "antwerpen", "non-profit", ["verblijfsrecht-gezinshereniging"], "ma"),
    ("2023-08-14", "antwerpen", "non-profit", ["sociaal-recht-ocmw-steun"], "ma"),
    ("2023-09-01", "brussel", "betrokkene", ["sociaal-recht-ocmw-steun"], "sy"),
    ("2023-09-29", "brussel", "non-profit", ["ipr-huwelijk"], "sy"),
    ("2023-10-10", "brussel", "vrijwilliger", ["verblijfsrecht-bescherming"], "af"),
    ("2023-11-11", "limburg", "non-profit", [], "tr"),
    ("2023-12-01", "vlaams-brabant", "non-profit", ["verblijfsrecht-gezinshereniging"], "ua"),
    ("2023-12-31", "antwerpen", "betrokkene", ["verblijfsrecht-student"], "ma"),
    # outside both periods: counted nowhere on this screen
    ("2024-06-30", "antwerpen", "non-profit", ["verblijfsrecht-gezinshereniging"], "ma"),
    ("2025-01-01", "antwerpen", "non-profit", ["verblijfsrecht-gezinshereniging"], "ma"),
    ("2023-06-30", "brussel", "non-profit", [], "sy"),
]


def maak_vragen():
    def waarde(lijst, code):
        return Waarde.objects.get(lijst=lijst, code=code) if code else None

    for dag, regio, categorie, themas, land in VRAGEN:
        vraag = Vraag(
            datum=datetime.datetime.combine(
                datetime.date.fromisoformat(dag), datetime.time(23, 30), tzinfo=BRUSSEL
            ),
            regio=waarde("regio", regio),
            categorie=waarde("categorie", categorie),
            nationaliteit=waarde("nationaliteit", land),
        )
        vraag.save()
        vraag.zet_themas([waarde("thema", code) for code in themas])


def getal(tekst):
    """'1.234' as the screen prints it -> 1234."""
    return int(tekst.replace(".", ""))


def scherm_tabellen(page):
    """{table title: (headings, [[cell texts]], [row class])} as the screen shows them."""
    return page.evaluate(
        """() => Object.fromEntries([...document.querySelectorAll('section.juridesk-tabel')]
            .map(s => [s.querySelector('h3').innerText.trim(), [
                [...s.querySelectorAll('thead th')].map(th => th.innerText.trim()),
                [...s.querySelectorAll('tbody tr')].map(
                    tr => [...tr.querySelectorAll('td')].map(td => td.innerText.trim())),
                [...s.querySelectorAll('tbody tr')].map(tr => tr.className.trim()),
            ]]))"""
    )


@pytest.fixture
def coordinator(page, maak_gebruiker):
    maak_gebruiker("coord-els", groep="Coördinatoren")
    maak_vragen()
    page.goto("/admin/login/?next=/admin/")
    page.fill("#id_username", "coord-els")
    page.fill("#id_password", WACHTWOORD)
    with page.expect_navigation():
        page.keyboard.press("Enter")
    return page


def test_the_coordinator_compares_two_half_years_and_downloads_the_xlsx(
    coordinator, axe, screenshot, tmp_path
):
    page = coordinator
    # Juridesk > Statistieken in the admin menu
    page.get_by_role("button", name="Juridesk").click()
    page.get_by_role("link", name="Statistieken").click()
    page.wait_for_url("**/admin/juridesk/statistieken/")

    page.get_by_label("Jaar", exact=True).fill("2024")
    page.get_by_label("Deel van het jaar").select_option(label="Tweede jaarhelft")
    with page.expect_navigation():
        page.get_by_role("button", name="Toon de statistieken").click()

    kop = page.locator("#juridesk-resultaat-titel")
    assert kop.inner_text() == (
        "Juridesk-vragen tweede jaarhelft 2024 (vergeleken met tweede jaarhelft 2023)"
    )
    assert (
        "Totaal: 12 vragen, tegenover 8 in tweede jaarhelft 2023."
        in page.locator(".juridesk-resultaat > p").first.inner_text()
    )

    tabellen = scherm_tabellen(page)
    assert list(tabellen)[:3] == ["Regio van vraagsteller", "Categorie vraagsteller", "Sector"]
    koppen, rijen, _klassen = tabellen["Regio van vraagsteller"]
    assert koppen == [
        "Regio van vraagsteller",
        "Aantal tweede jaarhelft 2024",
        "Aantal tweede jaarhelft 2023",
        "Aandeel op totaal (en evolutie t.o.v. tweede jaarhelft 2023)",
    ]
    assert ["Provincie Antwerpen", "4", "3", "33% (+33)"] in rijen
    assert ["Brussels gewest", "2", "3", "17% (-33)"] in rijen
    assert rijen[-1] == ["Totaal", "12", "8", "100% (+50)"]

    # a chart per table, with the comparison period beside the period
    grafieken = page.locator("figure.juridesk-grafiek img")
    assert grafieken.count() == len(tabellen)
    for i in range(grafieken.count()):
        img = grafieken.nth(i)
        img.scroll_into_view_if_needed()
        img.evaluate(
            "img => img.complete && img.naturalWidth > 0 ? true : new Promise("
            "(ok, fout) => { img.onload = () => ok(true); img.onerror = fout; })"
        )
        assert img.evaluate("img => img.naturalWidth") > 0
        assert "naast tweede jaarhelft 2023" in img.get_attribute("alt")
    svg = page.request.get(grafieken.first.get_attribute("src")).text()
    assert "tweede jaarhelft 2024" in svg and "tweede jaarhelft 2023" in svg
    page.locator("#juridesk-resultaat-titel").scroll_into_view_if_needed()
    screenshot("reis-coordinator-statistieken")

    # the XLSX with every table, as the designer gets it
    with page.expect_download() as download:
        page.get_by_role("link", name="XLSX (een blad per tabel)").click()
    assert download.value.suggested_filename == "juridesk-alle-2024-07-01-2024-12-31.xlsx"
    bestand = tmp_path / download.value.suggested_filename
    download.value.save_as(bestand)
    boek = load_workbook(bestand)
    assert boek.sheetnames == [titel[:31] for titel in tabellen]

    gecontroleerd = 0
    for titel, (koppen, rijen, klassen) in tabellen.items():
        blad = boek[titel[:31]]
        kop = [c.value for c in blad[1]]
        assert kop == [*koppen[:3], "Aandeel", "Evolutie", koppen[3]]
        xlsx_rijen = list(blad.iter_rows(min_row=2))
        assert len(xlsx_rijen) == len(rijen), titel
        hoofdthema = None
        for scherm, klasse, cellen in zip(rijen, klassen, xlsx_rijen, strict=True):
            label, aantal, vergelijking, aandeel, evolutie, gedrukt = cellen
            # the screen indents a sub-theme under its theme; the file names both
            if "subthema" in klasse.split():
                assert label.value == f"{hoofdthema} > {scherm[0]}"
            else:
                assert label.value == scherm[0]
                hoofdthema = scherm[0]
            assert aantal.value == getal(scherm[1]) and isinstance(aantal.value, int)
            assert vergelijking.value == getal(scherm[2])
            assert gedrukt.value == scherm[3]
            # the share and the change are numbers that print as the screen does
            procent = aandeel.value * 100
            wijziging = None if evolutie.value is None else evolutie.value * 100
            assert opmaak.gedrukt(procent, wijziging) == scherm[3]
            assert aantal.number_format == vergelijking.number_format == "#,##0"
            assert aandeel.number_format == ("0.0%" if scherm[3].startswith("0,") else "0%")
            assert evolutie.number_format == "+0%;-0%;0%"
            gecontroleerd += 1
    assert gecontroleerd > 60

    # the numbers of the test's own data, once more from the file
    regio = {
        r[0].value: (r[1].value, r[2].value)
        for r in boek["Regio van vraagsteller"].iter_rows(min_row=2)
    }
    assert regio["Provincie Antwerpen"] == (4, 3)
    assert regio["Niet ingevuld"] == (1, 0)
    assert regio["Totaal"] == (12, 8)
    thema = {r[0].value: (r[1].value, r[2].value) for r in boek["Thema"].iter_rows(min_row=2)}
    assert thema["Verblijfsrecht > Gezinshereniging"] == (4, 2)
    assert thema["Verblijfsrecht"] == (6, 4)
    land = {
        r[0].value: (r[1].value, r[2].value) for r in boek["Nationaliteit"].iter_rows(min_row=2)
    }
    assert (land["Marokko"], land["Kosovo"], land["Georgië"]) == ((3, 3), (1, 0), (1, 0))

    assert axe() == []
