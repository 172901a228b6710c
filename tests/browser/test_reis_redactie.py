"""The editors' journeys in a real browser (Debian's chromium), written as their story."""

import pytest

from kennisbank.models import NieuwsIndexPagina

WACHTWOORD = "geheim-wachtwoord-123"  # tests/conftest.py maak_gebruiker


def meld_aan(page, gebruiker):
    page.goto("/admin/login/")
    page.locator("#id_username").fill(gebruiker)
    page.locator("#id_password").fill(WACHTWOORD)
    page.get_by_role("button", name="Inloggen").click()
    page.wait_for_url("**/admin/")


def _overlappen(a, b):
    return not (
        a["x"] + a["width"] <= b["x"]
        or b["x"] + b["width"] <= a["x"]
        or a["y"] + a["height"] <= b["y"]
        or b["y"] + b["height"] <= a["y"]
    )


def test_de_datumkiezer_van_het_schema_laat_schema_opslaan_vrij(page, home, maak_gebruiker):
    """A moderator plans a news item at 1280x900: the date picker of "Publiceer op" opens
    beside the fields, and "Schema opslaan" stays visible and clickable."""
    maak_gebruiker("moderator", groep="Moderatoren")
    index = NieuwsIndexPagina.objects.get()
    page.set_viewport_size({"width": 1280, "height": 900})
    meld_aan(page, "moderator")
    page.goto(f"/admin/pages/add/kennisbank/nieuwspagina/{index.pk}/")
    page.locator('[data-side-panel-toggle="status"]').click()
    page.get_by_role("button", name="Stel schema in").click()
    dialoog = page.locator("#schedule-publishing-dialog")

    dialoog.locator("#id_go_live_at").click()

    kiezer = page.locator(".xdsoft_datetimepicker:visible")
    kiezer.wait_for()
    knop = dialoog.get_by_role("button", name="Schema opslaan")
    vak = kiezer.bounding_box()
    assert not _overlappen(vak, knop.bounding_box())
    assert not _overlappen(vak, dialoog.locator("#id_go_live_at").bounding_box())
    assert not _overlappen(vak, dialoog.locator("#id_expire_at").bounding_box())
    midden = knop.bounding_box()
    bovenaan = page.evaluate(
        "([x, y]) => document.elementFromPoint(x, y).closest('button')?.textContent.trim()",
        [midden["x"] + midden["width"] / 2, midden["y"] + midden["height"] / 2],
    )
    assert bovenaan == "Schema opslaan"


pytestmark = pytest.mark.django_db(transaction=True)
