"""A field worker opens the site, walks down the theme tree and searches, in a real browser."""

import pytest

pytestmark = pytest.mark.django_db(transaction=True)


def test_home_theme_tree_and_search(page, screenshot, maak_thema):
    verblijf = maak_thema("Verblijf", samenvatting="Alles over verblijfsrecht.")
    gezin = maak_thema("Gezinshereniging", parent=verblijf)
    maak_thema(
        "Gezinshereniging met een Belg",
        parent=gezin,
        samenvatting="Voorwaarden om je Belgische partner te vervoegen.",
    )

    page.goto("/")
    assert page.locator("h1").first.inner_text().startswith("Zoek in de kennisbank")
    page.get_by_role("link", name="Verblijf", exact=True).first.click()
    assert page.locator("h1").inner_text() == "Verblijf"
    page.get_by_role("link", name="Gezinshereniging", exact=True).click()
    page.get_by_role("link", name="Gezinshereniging met een Belg").click()
    assert page.locator("h1").inner_text() == "Gezinshereniging met een Belg"
    kruimels = page.get_by_role("navigation", name="Kruimelpad").inner_text()
    assert "Verblijf" in kruimels and "Gezinshereniging" in kruimels
    screenshot("kennisbank-themapagina")

    page.locator("#zoek-header").fill("gezinshereniging belg")
    page.locator("#zoek-header").press("Enter")
    page.wait_for_url("**/zoeken/?q=*")
    assert page.get_by_role("link", name="Gezinshereniging met een Belg").count() >= 1
    screenshot("kennisbank-zoeken")
