"""The annual report's chapter in a real browser.

A jurist records a training in the admin (Wagtail's own form) and cannot open the chapter.
The coordinator opens Jaarverslag > Hoofdstuk juridische dienstverlening, asks for 2024 and
sees the trainings and coaching of the report's own rows adding up (79 trainings with 2,308
participants, 35 coachings with 172 activities), the charts loaded, the page passing axe;
the DOCX she downloads holds the same tables and both charts (python-docx)."""

from pathlib import Path

import pytest
from docx import Document

from jaarverslag.importeren import importeer_begeleidingen, importeer_vormingen
from jaarverslag.models import Vorming
from kennisbank.models import DossierPagina

WACHTWOORD = "geheim-wachtwoord-123"
RIJEN_2024 = Path(__file__).resolve().parent.parent / "jaarverslag" / "verslag_2024"


def aanmelden(page, gebruiker, naar="/admin/"):
    page.goto(f"/admin/login/?next={naar}")
    page.fill("#id_username", gebruiker)
    page.fill("#id_password", WACHTWOORD)
    with page.expect_navigation():
        page.keyboard.press("Enter")


def test_a_jurist_records_a_training_but_cannot_open_the_chapter(page, maak_gebruiker, axe):
    maak_gebruiker("jurist-jan", groep="Juristen")
    aanmelden(page, "jurist-jan")
    page.get_by_role("button", name="Jaarverslag").click()
    assert page.get_by_role("link", name="Hoofdstuk juridische dienstverlening").count() == 0
    page.get_by_role("link", name="Vormingen").click()
    page.wait_for_url("**/admin/jaarverslag/vormingen/")
    page.goto("/admin/jaarverslag/vormingen/new/")
    page.locator("#id_datum").fill("2024-05-14")
    page.locator("#id_soort").select_option(label="Op aanvraag")
    page.locator("#id_titel").fill("Verblijf en werk voor jobcoaches")
    page.locator("#id_sector").select_option(label="Werk")
    page.locator("#id_deelnemers").fill("23")
    assert axe() == []
    with page.expect_navigation():
        page.locator("#id_deelnemers").press("Enter")
    assert "Verblijf en werk voor jobcoaches" in page.locator("main").inner_text()
    vorming = Vorming.objects.get()
    assert (str(vorming.datum), vorming.deelnemers, vorming.sector.label) == (
        "2024-05-14",
        23,
        "Werk",
    )

    antwoord = page.goto("/admin/jaarverslag/?jaar=2024")
    assert antwoord.status == 403 or "/admin/jaarverslag/" not in page.url
    assert "In 2024 gaven we" not in page.content()


@pytest.fixture
def coordinator(page, maak_gebruiker, dossier_index):
    oekraine = DossierPagina(title="Oekraïne", slug="oekraine")
    dossier_index.add_child(instance=oekraine)
    oekraine.save_revision().publish()
    importeer_vormingen(RIJEN_2024 / "vormingen.csv")
    importeer_begeleidingen(RIJEN_2024 / "begeleidingen.csv")
    maak_gebruiker("coord-els", groep="Coördinatoren")
    aanmelden(page, "coord-els")
    return page


def test_the_coordinator_reads_the_chapter_and_downloads_the_docx(coordinator, axe, tmp_path):
    page = coordinator
    page.get_by_role("button", name="Jaarverslag").click()
    page.get_by_role("link", name="Hoofdstuk juridische dienstverlening").click()
    page.wait_for_url("**/admin/jaarverslag/")
    page.get_by_label("Jaar", exact=True).fill("2024")
    with page.expect_navigation():
        page.get_by_role("button", name="Toon het hoofdstuk").click()

    hoofdstuk = page.locator("article.jaarverslag-hoofdstuk")
    tekst = hoofdstuk.inner_text()
    assert "In 2024 gaven we 79 vormingen aan in totaal 2.308 deelnemers." in tekst
    assert "In 2024 liepen er 35 begeleidingen" in tekst
    totalen = page.evaluate(
        """() => Object.fromEntries([...document.querySelectorAll('table.jaarverslag-tabel')]
            .map(t => [t.caption.innerText.trim(),
                       [...t.querySelectorAll('tr.totaal > *')].map(c => c.innerText.trim())]))"""
    )
    assert totalen["Vormingen per soort (2024)"] == ["Totaal", "79", "2.308"]
    assert totalen["Vormingen per sector (2024)"] == ["Totaal", "79", "2.308"]
    assert totalen["Begeleidingen per soort (2024)"] == ["Totaal", "35", "172", "124", "18", "30"]
    assert totalen["Begeleidingen per sector (2024)"] == ["Totaal", "35", "172"]

    figuren = page.locator("figure.jaarverslag-grafiek img")
    assert figuren.count() == 2
    for i in range(2):
        img = figuren.nth(i)
        img.scroll_into_view_if_needed()
        page.wait_for_function(
            "img => img.complete && img.naturalWidth > 0", arg=img.element_handle()
        )
    assert axe() == []

    with page.expect_download() as download:
        page.get_by_role("link", name="DOCX").click()
    pad = tmp_path / "hoofdstuk.docx"
    download.value.save_as(pad)
    document = Document(str(pad))
    assert len(document.inline_shapes) == 2
    laatste_rijen = [[c.text for c in t.rows[-1].cells] for t in document.tables]
    assert ["Totaal", "79", "2.308"] in laatste_rijen
    assert ["Totaal", "35", "172", "124", "18", "30"] in laatste_rijen


def test_a_bad_year_is_a_message_not_an_error(coordinator):
    page = coordinator
    page.goto("/admin/jaarverslag/?jaar=twintig")
    assert "Geef een jaartal, bv. 2024." in page.locator("main").inner_text()
