"""A scheduled edition: the worker (django_tasks_db's db_worker, as in production) sends it
when its time has come, once; cancelled before, it is not sent; once started, it cannot be
cancelled."""

from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone

from nieuwsbrief import leveringen
from nieuwsbrief.models import Editie
from nieuwsbrief.opstellen import stel_nieuwsbrief_op
from nieuwsbrief.tasks import plan_verzending

pytestmark = pytest.mark.django_db


@pytest.fixture
def wachtrij(settings, monkeypatch):
    """The production task backend; `draai()` runs the worker until nothing is due."""
    from django_tasks_db.management.commands import db_worker
    from django_tasks_db.models import DBTaskResult

    # the worker drops connections between tasks; inside the test's transaction it must not
    monkeypatch.setattr(db_worker, "close_old_connections", lambda: None)
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    settings.NIEUWSBRIEF_CLAIM_LEASE = 300

    def draai():
        call_command("db_worker", "--batch", "--no-startup-delay", "--no-reload", verbosity=0)

    draai.taken = DBTaskResult.objects.filter(task_path="nieuwsbrief.tasks.verzend_gepland")
    return draai


@pytest.fixture
def editie(maak_nieuws, maak_abonnee):
    maak_nieuws("Verblijf voor studenten: nieuwe regels")
    for i in range(3):
        maak_abonnee(f"lezer{i}@example.be")
    return stel_nieuwsbrief_op()


def de_tijd_verstrijkt(editie, wachtrij):
    """The scheduled moment has come: the task and the edition say 'now or earlier'."""
    verleden = timezone.now() - timedelta(seconds=1)
    wachtrij.taken.update(run_after=verleden)
    Editie.objects.filter(pk=editie.pk, status="gepland").update(gepland_op=verleden)


def test_gepland_wordt_op_tijd_en_eenmaal_verzonden(smtp_server, wachtrij, editie):
    moment = timezone.now() + timedelta(hours=2)
    plan_verzending(editie, moment)
    editie.refresh_from_db()
    assert editie.status == "gepland" and editie.gepland_op == moment
    (taak,) = wachtrij.taken
    assert taak.run_after == moment

    wachtrij()  # before the time: the worker leaves it alone
    assert smtp_server.berichten == []

    de_tijd_verstrijkt(editie, wachtrij)
    wachtrij()
    assert smtp_server.per_ontvanger() == {f"lezer{i}@example.be": 1 for i in range(3)}
    editie.refresh_from_db()
    assert editie.status == "verzonden"

    # The task again (a second worker, a retry): nothing more goes out.
    wachtrij.taken.update(status="READY", run_after=timezone.now())
    wachtrij()
    assert len(smtp_server.berichten) == 3


def test_geannuleerd_voor_de_start_wordt_niets_verzonden(smtp_server, wachtrij, editie):
    plan_verzending(editie, timezone.now() + timedelta(hours=2))
    editie.annuleer_planning()
    editie.refresh_from_db()
    assert editie.status == "concept" and editie.gepland_op is None

    de_tijd_verstrijkt(editie, wachtrij)
    wachtrij()  # the task still runs: the edition's status says there is nothing to do
    assert smtp_server.berichten == []
    assert editie.leveringen.count() == 0


def test_verzet_naar_later_gaat_pas_dan_uit(smtp_server, wachtrij, editie):
    plan_verzending(editie, timezone.now() + timedelta(hours=1))
    later = timezone.now() + timedelta(days=1)
    plan_verzending(editie, later)
    eerste = wachtrij.taken.order_by("run_after").first()
    eerste.run_after = timezone.now() - timedelta(seconds=1)
    eerste.save()
    wachtrij()  # the first task's moment: the edition is now due tomorrow
    assert smtp_server.berichten == []
    assert Editie.objects.get(pk=editie.pk).status == "gepland"


def test_eens_begonnen_kan_niet_meer_geannuleerd_worden(smtp_server, wachtrij, editie):
    plan_verzending(editie, timezone.now() + timedelta(hours=2))
    de_tijd_verstrijkt(editie, wachtrij)
    assert leveringen.start_gepland(editie.pk)  # the worker has started
    with pytest.raises(ValueError, match="annuleren kan niet meer"):
        editie.annuleer_planning()
    assert Editie.objects.get(pk=editie.pk).status == "verzenden"


def test_plannen_en_annuleren_in_het_beheer(
    client, smtp_server, wachtrij, editie, maak_gebruiker, settings
):
    client.force_login(maak_gebruiker("beheerder", superuser=True))
    url = f"/admin/nieuwsbrief/verzenden/{editie.pk}/"
    assert "Inplannen" in client.get(url).content.decode()

    antwoord = client.post(url, {"actie": "inplannen", "moment": "2020-01-01T09:00"})
    assert "Kies een moment in de toekomst." in antwoord.content.decode()
    antwoord = client.post(url, {"actie": "inplannen", "moment": "morgen"})
    assert "Geef een geldige datum en een geldig uur." in antwoord.content.decode()
    assert Editie.objects.get(pk=editie.pk).status == "concept"

    morgen = timezone.localtime() + timedelta(days=1)
    antwoord = client.post(
        url, {"actie": "inplannen", "moment": morgen.strftime("%Y-%m-%dT09:30")}, follow=True
    )
    assert "De editie is gepland voor" in antwoord.content.decode()
    editie.refresh_from_db()
    assert timezone.localtime(editie.gepland_op).strftime("%H:%M") == "09:30"
    lijst = client.get("/admin/snippets/nieuwsbrief/editie/").content.decode()
    assert f"Gepland voor {morgen.day} " in lijst and "om 09:30" in lijst

    antwoord = client.post(url, {"actie": "annuleren"}, follow=True)
    assert "De planning is geannuleerd" in antwoord.content.decode()
    assert Editie.objects.get(pk=editie.pk).status == "concept"

    # Once the worker started, the admin says it is too late.
    plan_verzending(editie, timezone.now() + timedelta(minutes=5))
    de_tijd_verstrijkt(editie, wachtrij)
    wachtrij()
    antwoord = client.post(url, {"actie": "annuleren"}, follow=True)
    assert "annuleren kan niet meer" in antwoord.content.decode()
    assert len(smtp_server.berichten) == 3


def test_zonder_wachtrij_die_kan_wachten_zegt_het_beheer_dat_plannen_niet_kan(
    client, editie, maak_gebruiker
):
    client.force_login(maak_gebruiker("beheerder", superuser=True))
    url = f"/admin/nieuwsbrief/verzenden/{editie.pk}/"
    morgen = timezone.localtime() + timedelta(days=1)
    antwoord = client.post(
        url, {"actie": "inplannen", "moment": morgen.strftime("%Y-%m-%dT09:30")}, follow=True
    )
    assert "Inplannen kan alleen met de takenwachtrij" in antwoord.content.decode()
    assert Editie.objects.get(pk=editie.pk).status == "concept"
