"""Journey 3 (issue 11): a jurist on the helpdesk logs three questions with the keyboard
alone, as they come in on the phone.

She types the first letters of a theme (or a word inside it, or a search synonym such as
"leefloon") and presses Enter to take the suggestion: that
picks it and saves nothing. An Enter in a text field saves nothing either. Ctrl+Enter (or
the button) saves. A theme that is not in the list is refused, and the cursor is put back
in that field so she can correct it without the mouse."""

import pytest

from juridesk.models import Vraag
from zoeken.models import Synoniemgroep

WACHTWOORD = "geheim-wachtwoord-123"
SCHERM = "/admin/juridesk/registreren/"


def actief(page):
    return page.evaluate("() => document.activeElement.id || document.activeElement.name")


def wacht_op_focus(page, element_id):
    page.wait_for_function(f"() => document.activeElement?.id === '{element_id}'")


def tab_tot(page, element_id, maximum=25):
    for _ in range(maximum):
        if actief(page) == element_id:
            return
        page.keyboard.press("Tab")
    assert actief(page) == element_id


def kies_met_enter(page, veld, getypt, verwacht):
    """Type the beginning in a type-ahead field, see the suggestion, take it with Enter."""
    tab_tot(page, veld)
    page.keyboard.type(getypt)
    gemarkeerd = page.locator(f"#{veld}-suggesties [role=option][aria-selected=true]")
    gemarkeerd.wait_for()
    assert gemarkeerd.inner_text() == verwacht
    page.keyboard.press("Enter")
    assert page.locator(f"#{veld}").input_value() == verwacht
    assert page.locator(f"#{veld}").get_attribute("aria-expanded") == "false"


@pytest.fixture
def jurist(page, maak_gebruiker):
    # an editor keeps this synonym for the site search (admin > Synoniemen)
    Synoniemgroep.objects.create(termen="leefloon, OCMW-steun")
    maak_gebruiker("jurist-sara", groep="Juristen")
    page.goto(f"/admin/login/?next={SCHERM}")
    page.locator("#id_username").focus()
    page.keyboard.type("jurist-sara")
    page.keyboard.press("Tab")
    page.keyboard.type(WACHTWOORD)
    page.keyboard.press("Enter")
    page.wait_for_url(f"**{SCHERM}")
    page.wait_for_load_state("load")
    page.locator("#juridesk-vraagformulier[data-synoniemen-geladen]").wait_for(state="attached")
    return page


def test_a_jurist_logs_three_questions_with_the_keyboard_alone(jurist, axe, screenshot):
    page = jurist
    assert page.get_by_role("button", name="Opslaan (Ctrl+Enter)").is_visible()

    # Question 1: family reunification, by phone from Brussels.
    wacht_op_focus(page, "id_regio")
    page.keyboard.type("Brussels")
    page.keyboard.press("Tab")
    page.keyboard.type("Non-profit")
    kies_met_enter(page, "id_thema_1", "Gezinsh", "Verblijfsrecht > Gezinshereniging")
    assert Vraag.objects.count() == 0, "Enter in Thema 1 picks the suggestion, it saves nothing"
    kies_met_enter(page, "id_nationaliteit_tekst", "Marok", "Marokko")
    tab_tot(page, "id_duur")
    page.keyboard.type("12")
    page.keyboard.press("Enter")  # an Enter in a text field
    page.keyboard.press("Tab")
    assert actief(page) == "id_beschrijving"
    page.keyboard.type("Voorwaarden gezinshereniging met een erkende vluchteling.")
    assert Vraag.objects.count() == 0, "an Enter in a text field saves nothing"
    with page.expect_navigation():
        page.keyboard.press("Control+Enter")
    page.get_by_text("Mijn vragen van vandaag (1)").wait_for()
    assert Vraag.objects.count() == 1

    # Question 2: OCMW support, by e-mail; saved with the button, reached by Tab.
    wacht_op_focus(page, "id_regio")
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Shift+Tab")
    assert actief(page).startswith("id_kanaal")
    page.keyboard.press("ArrowRight")  # Telefoon -> E-mail
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    assert actief(page) == "id_regio"
    page.keyboard.type("Limburg")
    # "leefloon" is no theme, but a search synonym of "OCMW-steun" that editors keep
    kies_met_enter(page, "id_thema_1", "leefloon", "Sociaal recht > OCMW-steun")
    kies_met_enter(page, "id_nationaliteit_tekst", "Syri", "Syrië")
    tab_tot(page, "id_beschrijving")
    page.keyboard.type("Recht op steun tijdens de procedure.")
    page.keyboard.press("Enter")  # a new line in the description, nothing saved
    page.keyboard.type("Verwezen naar het OCMW.")
    assert Vraag.objects.count() == 1
    tab_tot(page, "juridesk-opslaan")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    page.get_by_text("Mijn vragen van vandaag (2)").wait_for()

    # Question 3: a theme that is not in the list is refused; the cursor goes back to it.
    wacht_op_focus(page, "id_regio")
    page.keyboard.type("Oost")
    tab_tot(page, "id_thema_1")
    page.keyboard.type("Ruimtevaartrecht")
    page.keyboard.press("Enter")
    assert Vraag.objects.count() == 2
    with page.expect_navigation():
        page.keyboard.press("Control+Enter")
    page.get_by_text("De vraag is niet opgeslagen").wait_for()
    wacht_op_focus(page, "id_thema_1")
    assert Vraag.objects.count() == 2
    page.keyboard.press("Control+A")
    # a word inside the label is enough
    kies_met_enter(page, "id_thema_1", "scheiding", "Internationaal privaatrecht > Echtscheiding")
    screenshot("reis-jurist-suggestie-gekozen")
    with page.expect_navigation():
        page.keyboard.press("Control+Enter")
    page.get_by_text("Mijn vragen van vandaag (3)").wait_for()

    eerste, tweede, derde = Vraag.objects.order_by("aangemaakt")
    assert (eerste.kanaal.code, eerste.regio.code, eerste.categorie.code) == (
        "telefoon",
        "brussel",
        "non-profit",
    )
    assert set(eerste.themas.values_list("code", flat=True)) == {
        "verblijfsrecht",
        "verblijfsrecht-gezinshereniging",
    }
    assert (eerste.nationaliteit.label, eerste.duur) == ("Marokko", 12)
    assert eerste.beschrijving == "Voorwaarden gezinshereniging met een erkende vluchteling."
    assert (tweede.kanaal.code, tweede.regio.code, tweede.nationaliteit.label) == (
        "e-mail",
        "limburg",
        "Syrië",
    )
    assert set(tweede.themas.values_list("code", flat=True)) == {
        "sociaal-recht",
        "sociaal-recht-ocmw-steun",
    }
    assert tweede.beschrijving.replace("\r\n", "\n") == (
        "Recht op steun tijdens de procedure.\nVerwezen naar het OCMW."
    )
    assert (derde.kanaal.code, derde.regio.code, derde.nationaliteit) == (
        "e-mail",
        "oost-vlaanderen",
        None,
    )
    assert set(derde.themas.values_list("code", flat=True)) == {"ipr", "ipr-echtscheiding"}
    assert {v.jurist.username for v in (eerste, tweede, derde)} == {"jurist-sara"}

    # the type-ahead passes axe while its list is open
    tab_tot(page, "id_thema_1")
    page.keyboard.type("ver")
    page.locator("#id_thema_1-suggesties").wait_for()
    assert axe() == []
