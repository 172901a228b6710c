"""The admin's test send is built and sent by the same code as a real send: what arrives
at the SMTP server carries the same list headers, byte for byte."""

import email
import email.policy
import re

import pytest

from nieuwsbrief import verzending
from nieuwsbrief.models import Editie
from nieuwsbrief.tasks import verzend_editie

pytestmark = pytest.mark.django_db


def lijstkoppen(ruw: bytes, token: str):
    """The List-* headers as written on the wire (unfolded, not decoded), token neutral."""
    koppen, _, _ = ruw.partition(b"\r\n\r\n")
    koppen = re.sub(rb"\r\n[ \t]", b" ", koppen).decode("ascii")
    return {
        naam: re.sub(r"\s+", " ", waarde.replace(token, "SLEUTEL")).strip()
        for naam, waarde in (regel.split(":", 1) for regel in koppen.split("\r\n"))
        if naam.lower().startswith("list-")
    }


def test_de_testmail_heeft_dezelfde_koppen_als_een_echte_verzending(
    client, smtp_server, maak_gebruiker, maak_abonnee, settings
):
    settings.SITE_URL = "https://www.vreemdelingenrecht.be"  # production's length of line
    abonnee = maak_abonnee("lezer@example.be")
    editie = Editie.objects.create(titel="Editie van november – met een gedachtestreep")
    client.force_login(maak_gebruiker("beheerder", superuser=True))
    client.post(
        f"/admin/nieuwsbrief/verzenden/{editie.pk}/",
        {"actie": "proef", "email": "redactie@example.be"},
    )
    verzending.zet_in_wachtrij(editie)
    verzend_editie.enqueue(editie.pk)

    (proef,) = smtp_server.ruw_aan("redactie@example.be")
    (echt,) = smtp_server.ruw_aan("lezer@example.be")
    proefkoppen = lijstkoppen(proef, "proefzending")
    echte_koppen = lijstkoppen(echt, abonnee.token)
    assert set(echte_koppen) >= {"List-Unsubscribe", "List-Unsubscribe-Post", "List-Id"}
    assert proefkoppen == echte_koppen
    assert "=?" not in proefkoppen["List-Unsubscribe"]  # no RFC 2047 encoded words
    assert proefkoppen["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"

    # and the same body: the test send is the message a subscriber gets
    def delen(ruw, token):
        bericht = email.message_from_bytes(ruw, policy=email.policy.default)
        return [
            bericht.get_body(preferencelist=(soort,)).get_content().replace(token, "SLEUTEL")
            for soort in ("plain", "html")
        ]

    assert delen(proef, "proefzending") == delen(echt, abonnee.token)
