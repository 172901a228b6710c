"""The Content-Security-Policy does not break the Wagtail admin: an editor opens the
page editor (date pickers, inline panels, rich text, preview) and the browser reports no
CSP violation; the public site reports none either."""

import pytest

pytestmark = pytest.mark.django_db(transaction=True)


def csp_meldingen(page):
    meldingen = []
    page.on(
        "console",
        lambda m: meldingen.append(m.text) if "Content Security Policy" in m.text else None,
    )
    return meldingen


def test_admin_editor_and_public_page_without_csp_violations(page, maak_thema, maak_gebruiker):
    thema = maak_thema("Gezinshereniging")
    maak_gebruiker("beheerder", superuser=True)
    meldingen = csp_meldingen(page)

    page.goto("/gezinshereniging/")
    assert page.get_by_role("heading", level=1).inner_text() == "Gezinshereniging"

    page.goto("/admin/login/")
    page.locator("#id_username").fill("beheerder")
    page.locator("#id_password").fill("geheim-wachtwoord-123")
    page.get_by_role("button", name="Inloggen").click()
    page.wait_for_url("**/admin/")

    page.goto(f"/admin/pages/{thema.pk}/edit/")
    page.wait_for_load_state("networkidle")
    # the editor's JavaScript ran: the StreamField and the date picker were built
    assert page.locator("[data-streamfield-stream-container], .w-field--date_input").count() > 0
    page.goto("/admin/tweestap/")
    assert page.locator("svg").count() > 0
    assert meldingen == []
