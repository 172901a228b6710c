"""The personal links (unsubscribe, manage) come from the named routes in nieuwsbrief/urls.py:
mount the pages elsewhere and every link follows."""

import email
import email.policy

import pytest
from django.test import override_settings
from django.urls import resolve

from nieuwsbrief.mail import Sjabloon
from nieuwsbrief.models import Abonnee, Editie

from .conftest import tekst_van

pytestmark = pytest.mark.django_db

ELDERS = "tests.nieuwsbrief.urls_elders"


@override_settings(ROOT_URLCONF=ELDERS, SITE_URL="https://vb.example")
def test_de_links_van_een_abonnee_volgen_de_urlconf():
    abonnee = Abonnee.objects.create(email="lezer@example.be", nieuwsbrief=True)
    t = abonnee.token
    assert abonnee.beheer_url() == f"https://vb.example/elders/nieuwsbrief/beheren/{t}/"
    assert abonnee.afmeld_url() == f"https://vb.example/elders/nieuwsbrief/afmelden/{t}/"
    assert (
        abonnee.afmeld_url("rechtspraak")
        == f"https://vb.example/elders/nieuwsbrief/afmelden/{t}/rechtspraak/"
    )
    assert resolve(abonnee.afmeld_url("rechtspraak").removeprefix("https://vb.example")).kwargs == {
        "token": t,
        "lijst": "rechtspraak",
    }


@override_settings(ROOT_URLCONF=ELDERS, SITE_URL="https://vb.example")
def test_de_links_in_de_mail_volgen_de_urlconf():
    editie = Editie.objects.create(titel="Nieuws van de maand")
    raw = Sjabloon(editie).bericht("lezer@example.be", "abcdefghijklmnop", 7)
    bericht = email.message_from_bytes(raw, policy=email.policy.default)
    afmelden = "https://vb.example/elders/nieuwsbrief/afmelden/abcdefghijklmnop/nieuwsbrief/"
    beheren = "https://vb.example/elders/nieuwsbrief/beheren/abcdefghijklmnop/"
    assert bericht["List-Unsubscribe"].split(",")[0].strip() == f"<{afmelden}>"
    for deel in ("plain", "html"):
        assert afmelden in tekst_van(bericht, deel)
        assert beheren in tekst_van(bericht, deel)
    assert resolve(afmelden.removeprefix("https://vb.example")).url_name == "afmelden_lijst"
