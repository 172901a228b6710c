"""Consent (issue 12 #6): a confirmation link works once, never revives a consent that was
withdrawn after the link was made, and coming back asks for a new confirmation."""

import re

import pytest
from django.core.cache import cache

from nieuwsbrief import verzending
from nieuwsbrief.models import Abonnee, Editie
from nieuwsbrief.tasks import verzend_editie

from .conftest import tekst_van

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def leeg_cache():
    cache.clear()


def bevestigingslinks(postvak, email):
    return [
        re.search(r"http://testserver(/nieuwsbrief/bevestigen/\S+/)", tekst_van(b))[1]
        for b in postvak.aan(email)
        if b["Subject"].startswith("Bevestig")
    ]


def verstuur_editie(titel):
    editie = Editie.objects.create(titel=titel)
    verzending.zet_in_wachtrij(editie)
    verzend_editie.enqueue(editie.pk)
    return editie


def test_een_oude_link_schrijft_wie_zich_afmeldde_niet_opnieuw_in(client, smtp_server):
    client.post("/nieuwsbrief/", {"email": "lezer@example.be", "lijsten": ["nieuwsbrief"]})
    (link,) = bevestigingslinks(smtp_server, "lezer@example.be")
    client.post(link)
    assert Abonnee.objects.get().status == "ingeschreven"

    verstuur_editie("Eerste editie")
    (editie_mail,) = [b for b in smtp_server.aan("lezer@example.be") if "Eerste" in b["Subject"]]
    afmelden = editie_mail["List-Unsubscribe"].split(",")[0].strip()[1:-1]
    client.post(
        afmelden.replace("http://testserver", ""),
        data="List-Unsubscribe=One-Click",
        content_type="application/x-www-form-urlencoded",
    )
    assert Abonnee.objects.get().status == "uitgeschreven"

    opnieuw = client.post(link)  # the old link, still within its 48 hours
    assert opnieuw.status_code == 410
    assert "niet meer geldig" in opnieuw.content.decode()
    assert "Ja, ik bevestig" not in client.get(link).content.decode()
    abonnee = Abonnee.objects.get()
    assert abonnee.status == "uitgeschreven" and abonnee.lijsten == []

    verstuur_editie("Tweede editie")
    assert not [b for b in smtp_server.aan("lezer@example.be") if "Tweede" in b["Subject"]]


def test_een_link_werkt_maar_een_keer(client, smtp_server):
    client.post("/nieuwsbrief/", {"email": "lezer@example.be", "lijsten": ["nieuwsbrief"]})
    (link,) = bevestigingslinks(smtp_server, "lezer@example.be")
    assert client.post(link).status_code == 200
    toestemming = Abonnee.objects.get().toestemming
    tweede = client.post(link)
    assert tweede.status_code == 410
    assert Abonnee.objects.get().toestemming == toestemming  # no second consent recorded


def test_opnieuw_inschrijven_vraagt_een_nieuwe_bevestiging(client, smtp_server):
    client.post("/nieuwsbrief/", {"email": "lezer@example.be", "lijsten": ["nieuwsbrief"]})
    (eerste,) = bevestigingslinks(smtp_server, "lezer@example.be")
    client.post(eerste)
    abonnee = Abonnee.objects.get()
    client.post(f"/nieuwsbrief/afmelden/{abonnee.token}/")

    client.post("/nieuwsbrief/", {"email": "lezer@example.be", "lijsten": ["nieuwsbrief"]})
    links = bevestigingslinks(smtp_server, "lezer@example.be")
    assert len(links) == 2  # a new mail
    assert Abonnee.objects.get().status == "uitgeschreven"  # nothing until confirmed
    assert client.post(eerste).status_code == 410
    assert client.post(links[1]).status_code == 200
    assert Abonnee.objects.get().status == "ingeschreven"


def test_de_beheerpagina_vraagt_na_uitschrijven_een_nieuwe_bevestiging(
    client, smtp_server, maak_abonnee
):
    abonnee = maak_abonnee("lezer@example.be")
    beheren = f"/nieuwsbrief/beheren/{abonnee.token}/"  # the link in every old mail
    client.post(beheren, {})
    assert Abonnee.objects.get().status == "uitgeschreven"

    antwoord = client.post(beheren, {"lijsten": ["nieuwsbrief"]})
    assert "bevestigingsmail" in antwoord.content.decode()
    abonnee.refresh_from_db()
    assert abonnee.status == "uitgeschreven" and abonnee.lijsten == []
    (link,) = bevestigingslinks(smtp_server, "lezer@example.be")
    client.post(link)
    abonnee.refresh_from_db()
    assert abonnee.status == "ingeschreven" and abonnee.lijsten == ["nieuwsbrief"]
