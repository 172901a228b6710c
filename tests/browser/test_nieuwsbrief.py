"""A reader subscribes with the keyboard, confirms, and unsubscribes; pages pass axe."""

import re

import pytest
from django.core.cache import cache

from nieuwsbrief.models import Abonnee

pytestmark = pytest.mark.django_db(transaction=True)


def test_inschrijven_bevestigen_en_uitschrijven_met_het_toetsenbord(
    page, live_server, mailserver, axe
):
    page.goto("/nieuwsbrief/")
    assert axe() == []
    page.get_by_label("Je e-mailadres").fill("lezer@example.be")
    page.get_by_label("Rechtspraakmailing").check()
    page.get_by_role("button", name="Inschrijven").press("Enter")
    page.get_by_role("heading", name="Controleer je mailbox").wait_for()
    assert axe() == []

    (bericht,) = mailserver.aan("lezer@example.be")
    tekst = bericht.get_body(preferencelist=("plain",)).get_content()
    link = re.search(r"(/nieuwsbrief/bevestigen/\S+/)", tekst)[1]
    page.goto(link)
    page.get_by_role("button", name="Ja, ik bevestig mijn inschrijving").click()
    page.get_by_role("heading", name="Je inschrijving is bevestigd").wait_for()
    abonnee = Abonnee.objects.get()
    assert abonnee.lijsten == ["nieuwsbrief", "rechtspraak"]

    page.goto(f"/nieuwsbrief/afmelden/{abonnee.token}/")
    assert axe() == []
    page.get_by_role("button", name="Ja, schrijf me uit").click()
    page.get_by_role("heading", name="Je bent uitgeschreven").wait_for()
    abonnee.refresh_from_db()
    assert abonnee.status == "uitgeschreven"


def test_een_foute_invoer_wordt_benoemd(page, live_server, axe):
    cache.clear()
    page.goto("/nieuwsbrief/")
    page.get_by_label("Je e-mailadres").fill("geen adres")
    page.get_by_label("E-nieuwsbrief").uncheck()
    page.get_by_role("button", name="Inschrijven").click()
    assert page.get_by_text("Dit is geen geldig e-mailadres").is_visible()
    assert page.get_by_text("Kies minstens één mailing").is_visible()
    assert page.get_by_label("Je e-mailadres").get_attribute("aria-invalid") == "true"
    assert axe() == []
    assert not Abonnee.objects.exists()
