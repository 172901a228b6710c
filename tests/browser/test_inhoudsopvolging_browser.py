"""The coordinator's content follow-up in a browser: Rapporten > Inhoudsopvolging shows the
period form, the theme pages ranked by what most needs an editor and the queries that found
nothing; "Synoniem toevoegen" opens Wagtail's synonym form prefilled with the query, and once
saved the reader's next search for that word finds the page."""

import pytest
from django.core.management import call_command
from django.utils import timezone

from juridesk.models import ThemaKoppeling, Vraag, Waarde

WACHTWOORD = "geheim-wachtwoord-123"
pytestmark = pytest.mark.usefixtures("leeg_logboek")


@pytest.fixture
def site(maak_thema):
    verblijf = maak_thema("Verblijf")
    gezin = maak_thema("Gezinshereniging", parent=verblijf, samenvatting="Familie laten komen.")
    leefloon = maak_thema("Leefloon", samenvatting="Het leefloon van het OCMW: voorwaarden.")
    call_command("zoekindex_bijwerken", verbosity=0)
    thema = Waarde.objects.get(lijst="thema", code="verblijfsrecht-gezinshereniging")
    ThemaKoppeling.objects.create(thema=thema, pagina=gezin)
    for i in range(3):
        vraag = Vraag(
            datum=timezone.now(),
            niet_beantwoord=i == 0,
            ontbrekend="Bedrag ontbreekt" if i == 0 else "",
        )
        vraag.save()
        vraag.zet_themas([thema])
    vraag = Vraag(datum=timezone.now())
    vraag.save()
    vraag.zet_paginas([leefloon])
    return {"gezin": gezin, "leefloon": leefloon}


def zoek(page, woord):
    page.goto(f"/zoeken/?q={woord}&direct=0")
    return page.locator("main h2 a").all_inner_texts()


def test_the_coordinator_adds_a_synonym_for_a_query_without_results(
    site, page, maak_gebruiker, axe, screenshot
):
    # a reader searches a word the site does not use
    assert "Leefloon" not in zoek(page, "bijstandsuitkering")

    maak_gebruiker("coord-ann", groep="Coördinatoren")
    page.goto("/admin/login/?next=/admin/")
    page.fill("#id_username", "coord-ann")
    page.fill("#id_password", WACHTWOORD)
    with page.expect_navigation():
        page.keyboard.press("Enter")

    page.get_by_role("button", name="Rapporten").click()
    page.get_by_role("link", name="Inhoudsopvolging").click()
    page.wait_for_url("**/admin/inhoudsopvolging/")
    page.get_by_role("heading", name="Inhoudsopvolging").first.wait_for()

    # the period form, with the last year filled in by default
    periode = page.get_by_role("form", name="Periode")
    assert periode.get_by_label("Van").is_visible()
    assert periode.get_by_label("tot en met").is_visible()
    periode.get_by_role("button", name="Toon").click()
    page.wait_for_load_state()

    # the ranked table: the page with unanswered questions first
    tabel = page.get_by_role("table", name="Themapagina's, de dringendste eerst")
    koppen = tabel.locator("thead th").all_inner_texts()
    assert koppen[:3] == ["Pagina", "Vragen", "Niet beantwoord"]
    rijen = tabel.locator("tbody tr")
    eerste = rijen.first.locator("td").all_inner_texts()
    assert eerste[0].startswith("Gezinshereniging")
    assert eerste[1:4] == ["3", "1", "Bedrag ontbreekt"]
    assert [r.locator("td").first.inner_text().split("\n")[0] for r in rijen.all()][:2] == [
        "Gezinshereniging",
        "Leefloon",
    ]
    # the caption is for screen readers only
    caption = tabel.locator("caption")
    assert caption.evaluate("c => c.getBoundingClientRect().width") <= 1

    zonder = page.get_by_role("table", name="Zoekopdrachten zonder resultaat")
    assert zonder.locator("tbody tr").first.locator("td").all_inner_texts()[:2] == [
        "bijstandsuitkering",
        "1",
    ]
    assert axe() == []
    screenshot("inhoudsopvolging")

    # the action opens Wagtail's synonym form with the query filled in
    with page.expect_navigation():
        page.get_by_role("link", name="Synoniem toevoegen voor ‘bijstandsuitkering’").click()
    termen = page.get_by_role("textbox", name="Termen")
    assert termen.input_value().startswith("bijstandsuitkering")
    termen.fill("bijstandsuitkering, leefloon")
    with page.expect_navigation():
        page.get_by_role("button", name="Opslaan").first.click()
    assert page.locator(".messages .success").count() == 1

    # the reader's next search for the word finds the page
    assert zoek(page, "bijstandsuitkering")[0] == "Leefloon"
