"""Addresses are checked as the mailer will send them (issue 12 #7): on the form, in the
admin's test send and in the import, with a Dutch message that says what is wrong."""

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.core.management.base import CommandError

from nieuwsbrief.models import Abonnee

from .conftest import tekst_van

pytestmark = pytest.mark.django_db

STUURTEKENS = "onzichtbare tekens of stuurtekens"
OPENBAAR = "openbare domeinnaam"
DOMEIN = "De domeinnaam na de @ is ongeldig"

GEWEIGERD = [
    ("a@b.be\u202e", STUURTEKENS),  # RIGHT-TO-LEFT OVERRIDE (bidi)
    ("a\u202eeb.@b.be", STUURTEKENS),
    ("a\u200b@b.be", STUURTEKENS),  # zero-width space
    ("a@b.be\x07", STUURTEKENS),  # a control character
    ("a@b.be\x00", STUURTEKENS),
    ("a@localhost", OPENBAAR),
    ("a@intranet", OPENBAAR),  # a bare host name, no dot
    ("a@[127.0.0.1]", OPENBAAR),  # an IP literal
    ("a@[IPv6:::1]", OPENBAAR),
    ("a@server.local", OPENBAAR),
    ("a@" + "ü" * 60 + ".be", DOMEIN),  # not IDNA-encodable (label too long)
]


@pytest.fixture(autouse=True)
def leeg_cache():
    cache.clear()


@pytest.mark.parametrize("adres, melding", GEWEIGERD)
def test_het_formulier_weigert_adressen_die_de_mailer_niet_kan_gebruiken(
    client, smtp_server, adres, melding
):
    antwoord = client.post("/nieuwsbrief/", {"email": adres, "lijsten": ["nieuwsbrief"]})
    assert antwoord.status_code == 400
    assert melding in antwoord.content.decode()
    assert not Abonnee.objects.exists()
    assert smtp_server.berichten == []


def test_een_internationale_domeinnaam_wordt_verstuurd_zoals_de_mailer_hem_schrijft(
    client, smtp_server
):
    antwoord = client.post(
        "/nieuwsbrief/", {"email": "Lezer@Bücher.be", "lijsten": ["nieuwsbrief"]}
    )
    assert antwoord.status_code == 302
    assert Abonnee.objects.get().email == "lezer@xn--bcher-kva.be"
    (bericht,) = smtp_server.aan("lezer@xn--bcher-kva.be")
    assert "/nieuwsbrief/bevestigen/" in tekst_van(bericht)


@pytest.mark.parametrize("adres, melding", GEWEIGERD)
def test_de_testmail_in_het_beheer_weigert_dezelfde_adressen(
    client, smtp_server, maak_gebruiker, adres, melding
):
    from nieuwsbrief.models import Editie

    editie = Editie.objects.create(titel="Editie")
    client.force_login(maak_gebruiker("beheerder", superuser=True))
    antwoord = client.post(
        f"/admin/nieuwsbrief/verzenden/{editie.pk}/", {"actie": "proef", "email": adres}
    )
    assert antwoord.status_code == 200
    assert melding in antwoord.content.decode()
    assert smtp_server.berichten == []


@pytest.mark.parametrize("adres, melding", GEWEIGERD)
def test_de_import_weigert_dezelfde_adressen(tmp_path, adres, melding):
    pad = tmp_path / "lijst.csv"
    pad.write_text(
        f"email;lijsten;ingeschreven_op\nok@example.be;nieuwsbrief;2024-01-01\n"
        f"{adres};nieuwsbrief;2024-01-01\n",
        encoding="utf-8",
    )
    with pytest.raises(CommandError, match=f"regel 3: ongeldig e-mailadres.*{melding}"):
        call_command("nieuwsbrief_import", str(pad))
    assert not Abonnee.objects.exists()
