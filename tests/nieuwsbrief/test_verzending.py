"""Sending an edition through a real SMTP server: per-recipient links, headers, resume."""

import re
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone

from nieuwsbrief import verzending
from nieuwsbrief.mail import Sjabloon
from nieuwsbrief.models import Abonnee, Editie, Levering, WetgevingItem
from nieuwsbrief.opstellen import stel_nieuwsbrief_op
from nieuwsbrief.tasks import verzend_editie

from .conftest import tekst_van

pytestmark = pytest.mark.django_db


@pytest.fixture
def editie(maak_nieuws):
    maak_nieuws("Nieuwe procedure voor staatlozen", samenvatting="Een verblijfsprocedure.")
    editie = stel_nieuwsbrief_op()
    WetgevingItem.objects.create(
        editie=editie,
        titel="Wet van 12 mei 2024 tot wijziging van de wet van 15 december 1980",
        datum_bs="2024-05-28",
        link="https://www.ejustice.just.fgov.be/eli/wet/2024/05/12/2024004567/staatsblad",
    )
    return editie


def test_een_editie_bereikt_elke_abonnee_eenmaal_met_eigen_links(smtp_server, editie, maak_abonnee):
    abonnees = [maak_abonnee(f"lezer{i}@example.be") for i in range(7)]
    maak_abonnee("enkel-rechtspraak@example.be", nieuwsbrief=False, rechtspraak=True)
    maak_abonnee("weg@example.be", status=Abonnee.Status.UITGESCHREVEN)

    assert verzending.zet_in_wachtrij(editie) == 7
    verzend_editie.enqueue(editie.pk)  # immediate backend in the tests

    assert smtp_server.per_ontvanger() == {a.email: 1 for a in abonnees}
    for abonnee in abonnees:
        (bericht,) = smtp_server.aan(abonnee.email)
        assert bericht["To"] == abonnee.email
        afmelden = f"http://testserver/nieuwsbrief/afmelden/{abonnee.token}/nieuwsbrief/"
        assert bericht["List-Unsubscribe"].split(",")[0].strip() == f"<{afmelden}>"
        assert (
            "<mailto:afmelden@vreemdelingenrecht.be?subject=afmelden%20"
            in bericht["List-Unsubscribe"]
        )
        assert bericht["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
        tekst = tekst_van(bericht, "plain")
        html = tekst_van(bericht, "html")
        assert f"Uitschrijven: {afmelden}" in tekst
        assert f'href="{afmelden}"' in html
        assert f"/nieuwsbrief/beheren/{abonnee.token}/" in html
        assert "Nieuwe procedure voor staatlozen" in html and "Nieuwe wetgeving" in html
        assert "Belgisch Staatsblad 28 mei 2024" in tekst
        # CSS inlined: no class-based styling left for Outlook or Gmail to drop
        assert re.search(r'<td[^>]*class="kop"[^>]*style="[^"]*background', html)
    editie.refresh_from_db()
    assert editie.status == Editie.Status.VERZONDEN
    assert verzending.tellingen(editie)["verzonden"] == 7


def test_de_post_zonder_login_schrijft_uit_en_telt_mee(smtp_server, editie, maak_abonnee, client):
    abonnee = maak_abonnee("lezer@example.be", rechtspraak=True)
    verzending.zet_in_wachtrij(editie)
    verzend_editie.enqueue(editie.pk)
    (bericht,) = smtp_server.aan(abonnee.email)
    url = bericht["List-Unsubscribe"].split(",")[0].strip()[1:-1]

    # What a mailbox provider does (RFC 8058): a POST, no cookies, no CSRF token.
    antwoord = client.post(
        url.replace("http://testserver", ""),
        data="List-Unsubscribe=One-Click",
        content_type="application/x-www-form-urlencoded",
    )
    assert antwoord.status_code == 200
    abonnee.refresh_from_db()
    assert abonnee.nieuwsbrief is False and abonnee.rechtspraak is True
    assert verzending.tellingen(editie)["uitgeschreven_sindsdien"] == 1


def test_hard_bounce_bij_rcpt_deactiveert_het_adres(smtp_server, editie, maak_abonnee):
    maak_abonnee("bestaat-niet@example.be")
    maak_abonnee("lezer@example.be")
    smtp_server.weiger["bestaat-niet@example.be"] = "550 5.1.1 User unknown"
    verzending.zet_in_wachtrij(editie)
    verzend_editie.enqueue(editie.pk)
    assert smtp_server.per_ontvanger() == {"lezer@example.be": 1}
    assert Abonnee.objects.get(email="bestaat-niet@example.be").status == "onbestelbaar"
    assert verzending.tellingen(editie)["onbestelbaar"] == 1


def test_tijdelijke_weigering_wordt_later_opnieuw_geprobeerd(
    smtp_server, editie, maak_abonnee, settings
):
    settings.NIEUWSBRIEF_BACKOFF = [3600]
    maak_abonnee("vol@example.be")
    smtp_server.weiger["vol@example.be"] = "452 4.2.2 Mailbox full"
    verzending.zet_in_wachtrij(editie)
    verzending.verzend_klaarstaande(editie.pk)
    levering = Levering.objects.get()
    assert (levering.status, levering.pogingen) == ("wachtrij", 1)
    assert "452" in levering.laatste_fout

    del smtp_server.weiger["vol@example.be"]
    verzending.verzend_klaarstaande(editie.pk)  # not yet: the back-off runs
    assert smtp_server.per_ontvanger() == {}
    Levering.objects.update(volgende_poging=timezone.now())
    verzending.verzend_klaarstaande(editie.pk)
    assert smtp_server.per_ontvanger() == {"vol@example.be": 1}


def test_na_de_laatste_poging_mislukt_en_gemeld(smtp_server, editie, maak_abonnee, settings):
    settings.NIEUWSBRIEF_BACKOFF = [0]
    settings.NIEUWSBRIEF_MAX_POGINGEN = 2
    maak_abonnee("vol@example.be")
    smtp_server.weiger["vol@example.be"] = "452 4.2.2 Mailbox full"
    verzending.zet_in_wachtrij(editie)
    verzending.verzend_tot_klaar(editie.pk)
    assert Levering.objects.get().status == "mislukt"
    editie.refresh_from_db()
    assert editie.status == Editie.Status.VERZONDEN
    assert verzending.tellingen(editie)["mislukt"] == 1


class Doodgeschoten(BaseException):
    """Stands in for SIGKILL: not an Exception, so nothing in the send loop catches it."""


def test_een_onderbroken_verzending_hervat_zonder_dubbels_of_gaten(
    smtp_server, editie, maak_abonnee, settings, monkeypatch
):
    settings.NIEUWSBRIEF_BATCH = 10
    abonnees = [maak_abonnee(f"lezer{i:02d}@example.be") for i in range(35)]
    verzending.zet_in_wachtrij(editie)

    # The worker dies in the middle of message 14: its body went out, the '.' did not.
    echte = verzending._markeer_verzonden
    teller = {"n": 0}

    def sterf_bij_veertien(pk, token):
        teller["n"] += 1
        if teller["n"] == 14:
            raise Doodgeschoten
        return echte(pk, token)

    monkeypatch.setattr(verzending, "_markeer_verzonden", sterf_bij_veertien)
    with pytest.raises(Doodgeschoten):
        verzending.verzend_klaarstaande(editie.pk)
    assert len(smtp_server.berichten) == 13
    assert Levering.objects.filter(status="bezig").count() == 7  # the rest of batch 2

    # A new worker: the dead claim is not taken over while its lease runs...
    monkeypatch.setattr(verzending, "_markeer_verzonden", echte)
    verzending.verzend_klaarstaande(editie.pk)
    assert Levering.objects.filter(status="bezig").count() == 7
    # ...and is once the lease is over.
    settings.NIEUWSBRIEF_CLAIM_LEASE = 0
    verzending.verzend_klaarstaande(editie.pk)

    assert smtp_server.per_ontvanger() == {a.email: 1 for a in abonnees}
    assert verzending.tellingen(editie)["verzonden"] == 35


def test_wie_na_het_inplannen_uitschrijft_krijgt_niets(smtp_server, editie, maak_abonnee):
    blijft = maak_abonnee("blijft@example.be")
    gaat = maak_abonnee("gaat@example.be")
    verzending.zet_in_wachtrij(editie)
    gaat.schrijf_uit()
    verzending.verzend_klaarstaande(editie.pk)
    assert smtp_server.per_ontvanger() == {blijft.email: 1}
    assert Levering.objects.get(abonnee=gaat).status == "geannuleerd"


def test_tweemaal_inplannen_maakt_geen_tweede_levering(editie, maak_abonnee):
    maak_abonnee("lezer@example.be")
    verzending.zet_in_wachtrij(editie)
    verzending.zet_in_wachtrij(editie)
    assert Levering.objects.count() == 1


def test_het_sjabloon_plakt_lange_links_correct_in_quoted_printable(editie, settings):
    import email as email_lib
    import email.policy

    settings.SITE_URL = "https://www.vreemdelingenrecht.be/" + "a" * 80
    raw = Sjabloon(editie).bericht("lezer@example.be", "T" * 22, 5)
    assert max(len(regel) for regel in raw.split(b"\r\n")) <= 998
    bericht = email_lib.message_from_bytes(raw, policy=email.policy.default)
    assert f"{settings.SITE_URL}/nieuwsbrief/afmelden/{'T' * 22}/nieuwsbrief/" in tekst_van(
        bericht, "html"
    )


def test_commando_verzenden_nu_en_status(smtp_server, editie, maak_abonnee, capsys):
    maak_abonnee("lezer@example.be")
    call_command("nieuwsbrief_verzenden", str(editie.pk), "--nu")
    call_command("nieuwsbrief_status", str(editie.pk))
    uit = capsys.readouterr().out
    assert "Verzonden: 1" in uit
    assert smtp_server.per_ontvanger() == {"lezer@example.be": 1}


def test_met_django_tasks_db_plant_elke_run_eerst_zijn_opvolger(
    smtp_server, editie, maak_abonnee, settings, monkeypatch
):
    """The dead man's switch: django_tasks_db never reruns a task whose worker was killed,
    so each run first enqueues a successor deferred by the lease; the db_worker runs it."""
    from django.tasks import task_backends
    from django_tasks_db.management.commands import db_worker
    from django_tasks_db.models import DBTaskResult

    # the worker drops connections between tasks; inside the test's transaction it must not
    monkeypatch.setattr(db_worker, "close_old_connections", lambda: None)
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    settings.NIEUWSBRIEF_CLAIM_LEASE = 300
    assert type(task_backends["default"]).__name__ == "DatabaseBackend"
    maak_abonnee("lezer@example.be")
    verzending.zet_in_wachtrij(editie)
    verzend_editie.enqueue(editie.pk)
    taken = DBTaskResult.objects.filter(task_path="nieuwsbrief.tasks.verzend_editie")
    assert taken.count() == 1

    call_command("db_worker", "--batch", "--no-startup-delay", "--no-reload", verbosity=0)

    assert smtp_server.per_ontvanger() == {"lezer@example.be": 1}
    opvolger = taken.get(status="READY")
    assert opvolger.run_after > timezone.now() + timedelta(seconds=200)
    # When it runs and finds nothing open, the chain ends without a new successor.
    opvolger.run_after = timezone.now()
    opvolger.save()
    call_command("db_worker", "--batch", "--no-startup-delay", "--no-reload", verbosity=0)
    assert not taken.filter(status="READY").exists()
    assert smtp_server.per_ontvanger() == {"lezer@example.be": 1}


def test_ook_een_ander_mailbackend_krijgt_het_volledige_bericht(editie, maak_abonnee, mailoutbox):
    """Development prints mail to the console: the same bytes go through any Django backend."""
    abonnee = maak_abonnee("lezer@example.be")
    verzending.zet_in_wachtrij(editie)
    verzending.verzend_klaarstaande(editie.pk)
    (bericht,) = mailoutbox
    mime = bericht.message()
    assert mime["To"] == abonnee.email
    assert f"/nieuwsbrief/afmelden/{abonnee.token}/nieuwsbrief/" in tekst_van(mime)
    assert Levering.objects.get().status == "verzonden"


def test_valt_de_verbinding_weg_voor_de_punt_dan_gaat_het_bericht_opnieuw(
    smtp_server, editie, maak_abonnee, monkeypatch, settings
):
    import smtplib

    settings.NIEUWSBRIEF_BACKOFF = [3600]
    abonnees = [maak_abonnee(f"lezer{i}@example.be") for i in range(3)]
    verzending.zet_in_wachtrij(editie)
    echte_send = smtplib.SMTP.send
    eerste = {"punt": True}

    def send(self, data):
        if data == b".\r\n" and eerste["punt"]:
            eerste["punt"] = False
            self.close()  # the line drops after the row was marked, before the '.'
            raise smtplib.SMTPServerDisconnected("verbinding verbroken")
        return echte_send(self, data)

    monkeypatch.setattr(smtplib.SMTP, "send", send)
    verzending.verzend_klaarstaande(editie.pk)
    teruggezet = Levering.objects.get(status="wachtrij")
    assert teruggezet.verzonden_op is None and "verbroken" in teruggezet.laatste_fout
    assert len(smtp_server.berichten) == 2

    Levering.objects.update(volgende_poging=timezone.now())
    verzending.verzend_klaarstaande(editie.pk)
    assert smtp_server.per_ontvanger() == {a.email: 1 for a in abonnees}
