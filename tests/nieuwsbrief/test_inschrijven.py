"""Subscribing with double opt-in, the same answer for every address, limits, managing lists."""

import re

import pytest
from django.core import signing
from django.core.cache import cache

from nieuwsbrief.models import Abonnee

from .conftest import tekst_van

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def leeg_cache():
    cache.clear()


def inschrijven(client, email, lijsten=("nieuwsbrief",)):
    return client.post("/nieuwsbrief/", {"email": email, "lijsten": list(lijsten)})


def bevestigingslink(postvak, email):
    (bericht,) = postvak.aan(email)[-1:]
    return re.search(r"http://testserver(/nieuwsbrief/bevestigen/\S+/)", tekst_van(bericht))[1]


def test_dubbele_opt_in(client, smtp_server):
    antwoord = inschrijven(client, "Lezer@Example.be", ["nieuwsbrief", "rechtspraak"])
    assert antwoord.status_code == 302
    abonnee = Abonnee.objects.get()
    assert (abonnee.email, abonnee.status) == ("lezer@example.be", "wachtend")
    assert abonnee.lijsten == [] and abonnee.toestemming_op is None

    link = bevestigingslink(smtp_server, "lezer@example.be")
    pagina = client.get(link)  # a link scanner's GET confirms nothing
    assert pagina.status_code == 200 and "Ja, ik bevestig" in pagina.content.decode()
    assert Abonnee.objects.get().status == "wachtend"

    client.post(link)
    abonnee.refresh_from_db()
    assert abonnee.status == "ingeschreven"
    assert abonnee.lijsten == ["nieuwsbrief", "rechtspraak"]
    assert abonnee.toestemming_op is not None
    assert "dubbele opt-in" in abonnee.toestemming and "IP" not in abonnee.toestemming


def test_een_verlopen_link_wijzigt_niets(client, smtp_server, settings):
    settings.NIEUWSBRIEF_BEVESTIGING_GELDIG = -1  # every link is already too old
    inschrijven(client, "lezer@example.be")
    link = bevestigingslink(smtp_server, "lezer@example.be")
    antwoord = client.post(link)
    assert antwoord.status_code == 410
    assert "Deze link is verlopen" in antwoord.content.decode()
    assert Abonnee.objects.get().status == "wachtend"


def test_een_vervalste_link_wijzigt_niets(client):
    sleutel = signing.dumps({"e": "x@example.be", "l": ["nieuwsbrief"]}, salt="iets anders")
    antwoord = client.post(f"/nieuwsbrief/bevestigen/{sleutel}/")
    assert antwoord.status_code == 404
    assert not Abonnee.objects.exists()


def test_hetzelfde_antwoord_voor_bekende_en_onbekende_adressen(client, smtp_server, maak_abonnee):
    maak_abonnee("bekend@example.be")
    bekend = inschrijven(client, "bekend@example.be")
    onbekend = inschrijven(client, "onbekend@example.be")
    assert (bekend.status_code, bekend["Location"]) == (onbekend.status_code, onbekend["Location"])
    pagina_bekend = client.get(bekend["Location"]).content
    pagina_onbekend = client.get(onbekend["Location"]).content
    assert pagina_bekend == pagina_onbekend
    # both get the same kind of mail; the known subscriber's lists are unchanged until confirmed
    assert (
        tekst_van(smtp_server.aan("bekend@example.be")[0]).replace("bekend", "").split("http")[0]
        == tekst_van(smtp_server.aan("onbekend@example.be")[0])
        .replace("onbekend", "")
        .split("http")[0]
    )
    assert Abonnee.objects.get(email="bekend@example.be").status == "ingeschreven"


def test_te_veel_aanvragen_voor_een_adres_worden_geweigerd(client, smtp_server, settings):
    settings.NIEUWSBRIEF_LIMIET_PER_ADRES = 2
    assert inschrijven(client, "lezer@example.be").status_code == 302
    assert inschrijven(client, "LEZER@example.be").status_code == 302
    derde = inschrijven(client, "lezer@example.be")
    assert derde.status_code == 429
    assert "te veel aanvragen" in derde.content.decode()
    assert len(smtp_server.aan("lezer@example.be")) == 2


def test_te_veel_aanvragen_van_een_client_worden_geweigerd(client, smtp_server, settings):
    settings.NIEUWSBRIEF_LIMIET_PER_CLIENT = 3
    codes = [inschrijven(client, f"lezer{i}@example.be").status_code for i in range(5)]
    assert codes == [302, 302, 302, 429, 429]


@pytest.mark.parametrize(
    "data, fout",
    [
        ({"email": "geen-adres", "lijsten": ["nieuwsbrief"]}, "geen geldig e-mailadres"),
        ({"email": "a@example.be"}, "Kies minstens één mailing"),
        ({"email": "a@example.be", "lijsten": ["spam"]}, "Selecteer een geldige keuze"),
    ],
)
def test_fout_invoer_krijgt_een_duidelijke_melding(client, data, fout):
    antwoord = client.post("/nieuwsbrief/", data)
    assert antwoord.status_code == 400
    assert fout in antwoord.content.decode()
    assert not Abonnee.objects.exists()


def test_afmelden_met_get_toont_een_knop_en_wijzigt_niets(client, maak_abonnee):
    abonnee = maak_abonnee("lezer@example.be", rechtspraak=True)
    antwoord = client.get(f"/nieuwsbrief/afmelden/{abonnee.token}/")
    assert antwoord.status_code == 200
    assert "Ja, schrijf me uit" in antwoord.content.decode()
    abonnee.refresh_from_db()
    assert abonnee.status == "ingeschreven"


def test_afmelden_voor_alles_met_post(client, maak_abonnee):
    abonnee = maak_abonnee("lezer@example.be", rechtspraak=True)
    client.post(f"/nieuwsbrief/afmelden/{abonnee.token}/")
    abonnee.refresh_from_db()
    assert abonnee.status == "uitgeschreven" and abonnee.lijsten == []


def test_onbekende_sleutel_of_lijst_geeft_404(client, maak_abonnee):
    abonnee = maak_abonnee("lezer@example.be")
    assert client.post("/nieuwsbrief/afmelden/bestaatniet1234567/").status_code == 404
    assert client.get(f"/nieuwsbrief/afmelden/{abonnee.token}/spam/").status_code == 404
    assert client.get("/nieuwsbrief/beheren/bestaatniet1234567/").status_code == 404


def test_lijsten_beheren_met_de_persoonlijke_link(client, maak_abonnee):
    abonnee = maak_abonnee("lezer@example.be")
    url = f"/nieuwsbrief/beheren/{abonnee.token}/"
    client.post(url, {"lijsten": ["rechtspraak"]})
    abonnee.refresh_from_db()
    assert abonnee.lijsten == ["rechtspraak"] and abonnee.status == "ingeschreven"
    client.post(url, {})
    abonnee.refresh_from_db()
    assert abonnee.status == "uitgeschreven"
