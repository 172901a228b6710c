"""Issue 14: an editor schedules an edition and cancels it; a reader opens a sent edition
from the mail she received ("Bekijk deze nieuwsbrief online") on a 375 px phone.

Lotte, redacteur, has the June newsletter ready on Friday but wants it out on Monday at
half past nine. She plans it in the admin, sees "Gepland voor …" in the list of editions,
then hears a news item is still coming: she cancels the schedule, and the edition is a
draft again. Nothing reached the mail server.

Amira, a social worker, got the newsletter. On her phone she follows "Bekijk deze
nieuwsbrief online": the page is the mail without her personal links, it fits the screen,
and from it she finds the archive with every edition sent."""

import re
from datetime import timedelta

from django.utils import timezone

from nieuwsbrief import verzending
from nieuwsbrief.models import Abonnee, Editie
from nieuwsbrief.opstellen import stel_nieuwsbrief_op
from tests.nieuwsbrief.conftest import tekst_van

TELEFOON = {"width": 375, "height": 800}


def breedte(page):
    return page.evaluate("document.scrollingElement.scrollWidth")


def test_een_redacteur_plant_een_editie_ziet_ze_gepland_en_annuleert(
    lotte, axe, mailserver, settings, maak_nieuws
):
    page = lotte
    # Production's task queue, which can run a task later (the worker is not running here).
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    maak_nieuws("Verblijf voor studenten: nieuwe regels")
    Abonnee.objects.create(email="lezer@example.be", nieuwsbrief=True, status="ingeschreven")
    editie = stel_nieuwsbrief_op()

    page.goto(f"/admin/nieuwsbrief/verzenden/{editie.pk}/")
    maandag = timezone.localtime() + timedelta(days=3)
    page.get_by_label("Verzenden op").fill(maandag.strftime("%Y-%m-%dT09:30"))
    page.get_by_role("button", name="Inplannen").click()
    page.get_by_text("De editie is gepland voor").wait_for()
    assert page.get_by_text(re.compile(r"^Gepland voor .* om 09:30: de editie gaat")).is_visible()
    assert axe(page) == []

    page.goto("/admin/snippets/nieuwsbrief/editie/")
    rij = page.get_by_role("row").filter(has_text=editie.titel)
    assert re.search(rf"Gepland voor {maandag.day} \w+ {maandag.year} om 09:30", rij.inner_text())

    page.goto(f"/admin/nieuwsbrief/verzenden/{editie.pk}/")
    page.get_by_role("button", name="Planning annuleren").click()
    page.get_by_text("De planning is geannuleerd: de editie is weer een concept.").wait_for()
    assert page.get_by_role("button", name="Inplannen").is_visible()
    page.goto("/admin/snippets/nieuwsbrief/editie/")
    rij = page.get_by_role("row").filter(has_text=editie.titel)
    assert "Concept" in rij.inner_text() and "Gepland" not in rij.inner_text()
    assert Editie.objects.get(pk=editie.pk).status == "concept"
    assert mailserver.berichten == []


def test_een_lezer_opent_de_nieuwsbrief_online_op_haar_telefoon(page, axe, mailserver, maak_nieuws):
    maak_nieuws(
        "Gezinshereniging: nieuwe inkomensgrens vanaf 1 maart",
        samenvatting="Wat verandert er voor wie een gezinslid laat overkomen?",
    )
    amira = Abonnee.objects.create(
        email="amira@example.be", nieuwsbrief=True, status="ingeschreven"
    )
    editie = stel_nieuwsbrief_op()
    verzending.zet_in_wachtrij(editie)
    verzending.verzend_klaarstaande(editie.pk)

    (bericht,) = mailserver.aan(amira.email)
    html = tekst_van(bericht, "html")
    link = re.search(r'<a href="([^"]+)"[^>]*>Bekijk deze nieuwsbrief online</a>', html)[1]

    page.set_viewport_size(TELEFOON)
    page.goto(link)
    page.get_by_role("heading", name=editie.titel).wait_for()
    assert page.get_by_role("link", name="Gezinshereniging: nieuwe inkomensgrens").is_visible()
    assert breedte(page) <= 375
    assert axe() == []
    inhoud = page.content()
    assert amira.token not in inhoud and "Uitschrijven" not in inhoud

    page.get_by_role("link", name="Alle nieuwsbrieven en rechtspraakmailings").click()
    page.get_by_role("heading", name="Archief van de nieuwsbrief").wait_for()
    assert breedte(page) <= 375
    assert axe() == []
    page.get_by_role("link", name=editie.titel).click()
    page.wait_for_url(link)
