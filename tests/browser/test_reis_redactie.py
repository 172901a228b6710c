"""The editors' journeys in a real browser (Debian's chromium), written as their story:
journey 1 of issue 11 (a redacteur writes, previews and submits a theme page; a moderator
previews and approves it; readers and the site search find it), and the schedule dialog."""

import re

import pytest
from playwright.sync_api import expect

from kennisbank.models import NieuwsIndexPagina, ThemaPagina

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


def test_een_redacteur_maakt_een_themapagina_en_een_moderator_keurt_ze_goed(
    page, browser, live_server, maak_thema, maak_gebruiker, screenshot
):
    verblijf = maak_thema("Verblijf")
    maak_gebruiker("redacteur", groep="Redacteurs")
    maak_gebruiker("moderator", groep="Moderatoren")
    page.set_viewport_size({"width": 1280, "height": 900})

    # Een redacteur meldt zich aan en maakt onder "Verblijf" een nieuwe themapagina.
    meld_aan(page, "redacteur")
    page.goto(f"/admin/pages/add/kennisbank/themapagina/{verblijf.pk}/")
    # Wagtail notices edits (and autosaves them) by comparing the form with a snapshot it
    # takes 2 s after the editor opens; a person never types that fast, a test does. Start
    # typing once the snapshot is there, so the edits below are edits to Wagtail too.
    page.wait_for_function(
        """() => {
            const form = document.querySelector("#page-edit-form");
            const unsaved = window.wagtail?.app?.getControllerForElementAndIdentifier(
                form, "w-unsaved");
            return Boolean(unsaved?.initialFormData);
        }"""
    )
    page.locator("#id_title").fill("Zorgverleners uit derde landen")

    # Ze begint de inhoud met een blok "In het kort" ...
    page.locator(".c-sf-add-button").first.click()
    page.get_by_role("option", name="In het kort").click()
    editor = page.locator("[data-contentpath='body'] .public-DraftEditor-content").first
    editor.click()
    editor.type("Wie in de zorg komt werken, krijgt een gecombineerde vergunning.")
    # ... en een wetsverwijzing.
    page.locator(".c-sf-add-button").last.click()
    page.get_by_role("option", name="Wetsverwijzingen").click()
    page.get_by_label("Verwijzing").last.fill("Art. 61/25-1 Vreemdelingenwet")
    screenshot("r_reis_1_formulier")

    # In het voorbeeldpaneel ziet ze de pagina zoals lezers ze zullen zien.
    page.locator('[data-side-panel-toggle="preview"]').click()
    voorbeeld = page.frame_locator("iframe.w-preview__iframe").last
    expect(voorbeeld.get_by_role("heading", level=1)).to_have_text(
        "Zorgverleners uit derde landen", timeout=20_000
    )
    expect(voorbeeld.locator("body")).to_contain_text("gecombineerde vergunning")
    expect(voorbeeld.locator("body")).to_contain_text("Art. 61/25-1 Vreemdelingenwet")
    screenshot("r_reis_2_voorbeeld")

    # Wagtail bewaart het concept vanzelf (autosave); daarna gaat het formulier naar de
    # bewerkpagina. Ze dient de pagina in ter goedkeuring.
    expect(page.locator("#page-edit-form")).to_have_attribute(
        "action", re.compile(r"/admin/pages/\d+/edit/"), timeout=20_000
    )
    page.locator(
        "footer [data-w-dropdown-target='toggle'], footer .w-dropdown__toggle"
    ).first.click()
    page.locator("button[name='action-submit']").click()
    page.wait_for_url(re.compile(r"/admin/pages/\d+/(edit/)?$"))
    page.goto("about:blank")  # the editor's open form pings the server; she is done
    nieuw = ThemaPagina.objects.get(title="Zorgverleners uit derde landen")
    assert not nieuw.live and nieuw.current_workflow_state.status == "in_progress"

    # Een moderator meldt zich aan, opent het voorbeeld van de ingediende pagina ...
    moderator_context = browser.new_context(base_url=live_server.url, locale="nl-BE")
    moderator = moderator_context.new_page()
    moderator.set_viewport_size({"width": 1280, "height": 900})
    meld_aan(moderator, "moderator")
    taak = nieuw.current_workflow_task
    moderator.goto(f"/admin/pages/workflow/preview/{nieuw.pk}/{taak.pk}/")
    expect(moderator.get_by_role("heading", level=1)).to_have_text("Zorgverleners uit derde landen")
    expect(moderator.locator("body")).to_contain_text("gecombineerde vergunning")

    # ... en keurt ze goed vanaf het dashboard.
    moderator.goto("/admin/")
    rij = moderator.locator("tr", has_text="Zorgverleners uit derde landen")
    rij.locator("button[aria-label], [data-w-dropdown-target='toggle']").last.click()
    rij.get_by_role("button", name="Goedkeuren", exact=True).click()
    # the dashboard reloads: nothing waits for her review any more
    expect(moderator.locator("tr", has_text="Zorgverleners uit derde landen")).to_have_count(
        0, timeout=20_000
    )
    moderator_context.close()

    # De pagina staat online, en de zoekfunctie van de site vindt ze.
    lezer_context = browser.new_context(base_url=live_server.url, locale="nl-BE")
    lezer = lezer_context.new_page()
    antwoord = lezer.goto("/verblijf/zorgverleners-uit-derde-landen/")
    assert antwoord.status == 200
    expect(lezer.locator(".in-het-kort")).to_contain_text("gecombineerde vergunning")
    expect(lezer.get_by_role("heading", name="In het kort")).to_have_count(1)
    expect(lezer.locator("body")).to_contain_text("Art. 61/25-1 Vreemdelingenwet")
    lezer.goto("/zoeken/?q=zorgverleners")
    expect(lezer.get_by_role("link", name="Zorgverleners uit derde landen")).to_be_visible()
    lezer_context.close()


pytestmark = pytest.mark.django_db(transaction=True)
