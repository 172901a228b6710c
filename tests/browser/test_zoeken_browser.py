"""Site search in a real browser: autocomplete by keyboard (ARIA combobox), the results page
with its filters, and no accessibility violations."""

import pytest

pytestmark = pytest.mark.django_db(transaction=True)


def test_autocomplete_by_keyboard_and_results_page(page, axe, screenshot, maak_thema, maak_nieuws):
    verblijf = maak_thema("Verblijf", samenvatting="Alles over verblijfsrecht.")
    gezin = maak_thema(
        "Gezinshereniging", parent=verblijf, samenvatting="Familie laten overkomen naar België."
    )
    maak_thema("Gezinshereniging met een Belg", parent=gezin, samenvatting="Met een Belg.")
    maak_nieuws(
        "Nieuwe regels voor gezinshereniging",
        themas=[gezin],
        samenvatting="De inkomensgrens voor gezinshereniging stijgt.",
    )

    page.goto("/zoeken/")
    invoer = page.locator("#zoek-header")
    assert invoer.get_attribute("role") == "combobox"
    invoer.fill("gezinsher")
    lijst = page.get_by_role("listbox", name="Suggesties")
    lijst.first.wait_for()
    opties = page.get_by_role("option")
    assert opties.first.inner_text() == "Gezinshereniging"
    assert invoer.get_attribute("aria-expanded") == "true"
    invoer.press("ArrowDown")
    invoer.press("ArrowDown")
    assert invoer.get_attribute("aria-activedescendant") == opties.nth(1).get_attribute("id")
    screenshot("zoeken-suggesties")
    invoer.press("Enter")
    page.wait_for_url("**/gezinshereniging-met-een-belg/")

    page.goto("/zoeken/?q=hereniging")
    assert page.get_by_role("heading", name="Gezinshereniging", exact=True).count() == 1
    assert page.locator("mark").count() >= 1
    page.get_by_role("link", name="Nieuws (1)").click()
    page.wait_for_url("**type=nieuws**")
    assert page.get_by_role("link", name="Nieuwe regels voor gezinshereniging").count() == 1
    assert axe() == []
    screenshot("zoeken-resultaten")


def test_search_works_without_javascript(browser, live_server, maak_thema):
    maak_thema("Huwelijk", samenvatting="Trouwen in België of in het buitenland.")
    context = browser.new_context(base_url=live_server.url, java_script_enabled=False)
    page = context.new_page()
    page.goto("/zoeken/")
    page.locator("#zoek-pagina").fill("huwelijken")
    page.locator("#zoek-pagina").press("Enter")
    page.wait_for_url("**/zoeken/?q=huwelijken*")
    assert page.get_by_role("link", name="Huwelijk", exact=True).count() == 1
    context.close()


def test_partial_matches_say_so_above_them_on_a_phone(page, axe, screenshot, maak_thema):
    """No page holds every word: on a phone (375 px) the message comes first, then the pages
    with the most of the words, and the page passes axe."""
    maak_thema("Leefloon", samenvatting="Het OCMW kent het leefloon toe na een sociaal onderzoek.")
    maak_thema("Gezinshereniging", samenvatting="Familie laten overkomen naar België.")
    page.set_viewport_size({"width": 375, "height": 800})
    page.goto("/zoeken/?q=leefloon+ocmw+gezinshereniging")
    melding = page.locator("#aantal-resultaten")
    assert melding.get_attribute("role") == "status"
    assert melding.inner_text().startswith("Geen pagina bevat alle woorden")
    titels = page.locator("ol.results h2").all_inner_texts()
    assert titels[0] == "Leefloon" and "Gezinshereniging" in titels
    vak = melding.bounding_box()
    assert vak["x"] >= 0 and vak["x"] + vak["width"] <= 375
    assert vak["y"] < page.locator("ol.results").bounding_box()["y"]
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
    assert axe() == []
    screenshot("zoeken-gedeeltelijk-375")
