"""A jurist logs a question with the keyboard alone, in a real browser, and the logging
screen passes axe (WCAG 2.1 A/AA)."""

import importlib

import pytest
from django.apps import apps
from django.contrib.auth.management import create_permissions
from django.contrib.auth.models import Group

from juridesk.models import Vraag, Waarde

pytestmark = pytest.mark.django_db(transaction=True)

WACHTWOORD = "geheim-wachtwoord-123"


@pytest.fixture
def lijsten(transactional_db):
    """A transactional test may start after another one flushed the database: put the
    seeded lists and the group permissions back (the data migration's own functions)."""
    migratie = importlib.import_module("juridesk.migrations.0002_lijsten_en_rechten")
    if not Waarde.objects.exists():
        migratie.seed(apps, None)
    create_permissions(apps.get_app_config("juridesk"), verbosity=0)
    for naam in ["Redacteurs", "Moderatoren", "Juristen", "Coördinatoren"]:
        Group.objects.get_or_create(name=naam)
    from django.contrib.auth.models import Permission

    for naam, paren in [("Juristen", migratie.JURISTEN + migratie.ADMIN)]:
        Group.objects.get(name=naam).permissions.add(
            *[
                Permission.objects.get(content_type__app_label=app, codename=code)
                for app, code in paren
            ]
        )


def focus(page):
    return page.evaluate(
        "() => [document.activeElement.id || document.activeElement.name,"
        " (document.activeElement.innerText || '').trim()]"
    )


def wacht_op_focus(page, element_id):
    page.wait_for_function(f"() => document.activeElement?.id === '{element_id}'")


def test_a_jurist_logs_a_question_by_keyboard(page, lijsten, maak_gebruiker, axe, screenshot):
    maak_gebruiker("jurist-an", groep="Juristen")

    # Log in with the keyboard
    page.goto("/admin/login/?next=/admin/juridesk/registreren/")
    page.locator("#id_username").focus()
    page.keyboard.type("jurist-an")
    page.keyboard.press("Tab")
    page.keyboard.type(WACHTWOORD)
    page.keyboard.press("Enter")
    page.wait_for_url("**/admin/juridesk/registreren/")
    page.wait_for_load_state("load")

    # The form starts on the region; kanaal and lijn are just before it.
    wacht_op_focus(page, "id_regio")
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Shift+Tab")
    assert focus(page)[0].startswith("id_kanaal")
    page.keyboard.press("ArrowRight")  # Telefoon -> E-mail
    page.keyboard.press("Tab")
    assert focus(page)[0].startswith("id_lijn")
    page.keyboard.press("Tab")
    assert focus(page)[0] == "id_regio"
    page.keyboard.type("Brussels")
    page.keyboard.press("Tab")
    page.keyboard.type("Non-profit")
    page.keyboard.press("Tab")
    page.keyboard.type("Welzijn")
    page.keyboard.press("Tab")
    assert focus(page)[0] == "id_thema_1"
    page.keyboard.type("Verblijfsrecht > Gezinshereniging")
    page.keyboard.press("Tab")
    page.keyboard.type("OCMW-steun")
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")  # no third theme
    page.keyboard.type("Onwettig")
    page.keyboard.press("Tab")
    assert focus(page)[0] == "id_nationaliteit_tekst"
    page.keyboard.type("Marokko")
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")  # no dossier
    page.keyboard.type("Advies")
    page.keyboard.press("Tab")
    page.keyboard.type("15")
    page.keyboard.press("Tab")
    page.keyboard.type("Voorwaarden gezinshereniging met een erkende vluchteling.")
    for _ in range(20):  # through the pages, the note, the date and time to the first button
        page.keyboard.press("Tab")
        if focus(page)[1] == "Opslaan (Ctrl+Enter)":
            break
    assert focus(page)[1] == "Opslaan (Ctrl+Enter)"
    with page.expect_navigation():
        page.keyboard.press("Enter")
    page.wait_for_load_state("load")

    page.get_by_text("Mijn vragen van vandaag (1)").wait_for()
    vraag = Vraag.objects.get()
    assert vraag.jurist.username == "jurist-an"
    assert (vraag.kanaal.code, vraag.lijn.code) == ("e-mail", "vreemdelingenrecht")
    assert (vraag.regio.code, vraag.categorie.code, vraag.sector.code) == (
        "brussel",
        "non-profit",
        "welzijn",
    )
    assert (vraag.verblijfssituatie.code, vraag.nationaliteit.label) == ("onwettig", "Marokko")
    assert vraag.afhandeling.code == "advies" and vraag.duur == 15
    assert set(vraag.themas.values_list("code", flat=True)) == {
        "verblijfsrecht",
        "verblijfsrecht-gezinshereniging",
        "sociaal-recht",
        "sociaal-recht-ocmw-steun",
    }
    # the next question starts with the same kanaal, on the region again
    assert page.locator("#id_kanaal_1").is_checked()
    wacht_op_focus(page, "id_regio")
    screenshot("juridesk-registreren")

    assert axe() == []
