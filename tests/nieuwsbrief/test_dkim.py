"""DKIM: messages as the SMTP server received them, verified against the public key the way a
receiving server does (dkimpy's verify, the DNS answer being the TXT record of the test key).
The keys in tests/nieuwsbrief/dkim/ are test keys made with openssl for these tests only."""

import base64
from pathlib import Path

import dkim
import pytest
from django.core.management import call_command
from django.core.management.base import SystemCheckError

from nieuwsbrief import ondertekening, verzending
from nieuwsbrief.checks import dkim_sleutel
from nieuwsbrief.models import Editie, UitspraakItem, WetgevingItem
from nieuwsbrief.opstellen import stel_nieuwsbrief_op
from nieuwsbrief.tasks import verzend_editie

pytestmark = pytest.mark.django_db

SLEUTELS = Path(__file__).parent / "dkim"
GEDEKT = {
    "from",
    "to",
    "subject",
    "date",
    "message-id",
    "list-id",
    "list-unsubscribe",
    "list-unsubscribe-post",
}


def txt_record(soort):
    """The DNS TXT record an operator publishes (docs/DEPLOYMENT.md, 'DKIM'): for RSA the
    DER public key, for Ed25519 the bare 32-byte key (RFC 8463)."""
    pem = (SLEUTELS / f"{soort}.pub.pem").read_text().splitlines()
    der = base64.b64decode("".join(r for r in pem if not r.startswith("-----")))
    if soort == "ed25519":
        return b"v=DKIM1; k=ed25519; p=" + base64.b64encode(der[-32:])
    return b"v=DKIM1; k=rsa; p=" + base64.b64encode(der)


def dns_voor(soort):
    gevraagd = []

    def dnsfunc(naam, timeout=5):
        gevraagd.append(naam)
        return txt_record(soort) if naam == b"nb2026._domainkey.vreemdelingenrecht.be." else None

    dnsfunc.gevraagd = gevraagd
    return dnsfunc


@pytest.fixture(params=["rsa", "ed25519"])
def dkim_aan(request, settings):
    settings.DKIM_DOMAIN = "vreemdelingenrecht.be"
    settings.DKIM_SELECTOR = "nb2026"
    settings.DKIM_PRIVATE_KEY = str(SLEUTELS / f"{request.param}.pem")
    return request.param


@pytest.fixture
def editie(maak_nieuws):
    maak_nieuws("Gezinshereniging: nieuwe inkomensgrens", samenvatting="Wat verandert er?")
    editie = stel_nieuwsbrief_op()
    WetgevingItem.objects.create(
        editie=editie,
        titel="Wet van 12 mei 2024 tot wijziging van de wet van 15 december 1980",
        datum_bs="2024-05-28",
        link="https://www.ejustice.just.fgov.be/eli/wet/2024/05/12/2024004567/staatsblad",
    )
    return editie


def handtekening(ruw):
    bericht = dkim.DKIM(ruw)
    (waarde,) = [v for k, v in bericht.headers if k.lower() == b"dkim-signature"]
    return dkim.util.parse_tag_value(waarde)


def test_elke_verzonden_nieuwsbrief_is_ondertekend_en_klopt_met_de_publieke_sleutel(
    smtp_server, dkim_aan, editie, maak_abonnee
):
    adressen = [maak_abonnee(f"lezer{i}@example.be").email for i in range(3)]
    verzending.zet_in_wachtrij(editie)
    verzend_editie.enqueue(editie.pk)

    for adres in adressen:
        (ruw,) = smtp_server.ruw_aan(adres)
        dnsfunc = dns_voor(dkim_aan)
        assert dkim.verify(ruw, dnsfunc=dnsfunc)
        assert dnsfunc.gevraagd == [b"nb2026._domainkey.vreemdelingenrecht.be."]
        velden = handtekening(ruw)
        assert velden[b"a"] == {"rsa": b"rsa-sha256", "ed25519": b"ed25519-sha256"}[dkim_aan]
        assert velden[b"d"] == b"vreemdelingenrecht.be" and velden[b"s"] == b"nb2026"
        gedekt = {h.strip().decode() for h in velden[b"h"].split(b":")}
        assert gedekt == GEDEKT


def test_een_gewijzigde_afmeldlink_breekt_de_handtekening(
    smtp_server, dkim_aan, editie, maak_abonnee
):
    abonnee = maak_abonnee("lezer@example.be")
    verzending.zet_in_wachtrij(editie)
    verzend_editie.enqueue(editie.pk)
    (ruw,) = smtp_server.ruw_aan(abonnee.email)
    assert dkim.verify(ruw, dnsfunc=dns_voor(dkim_aan))

    # Someone on the way points the one-click link elsewhere: the signature no longer holds.
    vervalst = ruw.replace(
        f"/nieuwsbrief/afmelden/{abonnee.token}/".encode(), b"/elders/afmelden/", 1
    )
    assert vervalst != ruw
    assert not dkim.verify(vervalst, dnsfunc=dns_voor(dkim_aan))
    # ... and so does removing the one-click header.
    zonder_post = ruw.replace(b"List-Unsubscribe-Post: List-Unsubscribe=One-Click\r\n", b"")
    assert not dkim.verify(zonder_post, dnsfunc=dns_voor(dkim_aan))
    # The body is covered too (bh=): a changed link in the text part breaks it.
    assert not dkim.verify(
        ruw.replace(b"inkomensgrens", b"inkomensgrenz"), dnsfunc=dns_voor(dkim_aan)
    )


def test_de_rechtspraakmailing_en_de_testmail_zijn_ook_ondertekend(
    smtp_server, dkim_aan, maak_abonnee
):
    editie = Editie.objects.create(soort=Editie.Soort.RECHTSPRAAK, titel="Rechtspraak juni")
    UitspraakItem.objects.create(
        editie=editie,
        instantie="Raad voor Vreemdelingenbetwistingen",
        titel="RvV 12 juni 2024, nr. 301 234",
        link="https://www.vreemdelingenrecht.be/rechtspraak/ecli/ECLI:BE:RVV:2024:ARR.301234/",
    )
    maak_abonnee("jurist@example.be", nieuwsbrief=False, rechtspraak=True)
    verzending.zet_in_wachtrij(editie)
    verzend_editie.enqueue(editie.pk)
    verzending.verstuur_proef(editie, "redactie@example.be")

    for adres in ("jurist@example.be", "redactie@example.be"):
        (ruw,) = smtp_server.ruw_aan(adres)
        assert dkim.verify(ruw, dnsfunc=dns_voor(dkim_aan))


def test_de_bevestigingsmail_is_ook_ondertekend(client, smtp_server, dkim_aan):
    """The double opt-in mail, the first a new reader gets from us, is signed like the rest."""
    from django.core.cache import cache

    cache.clear()
    antwoord = client.post(
        "/nieuwsbrief/", {"email": "nieuw@example.be", "lijsten": ["nieuwsbrief"]}
    )
    assert antwoord.status_code == 302

    (ruw,) = smtp_server.ruw_aan("nieuw@example.be")
    dnsfunc = dns_voor(dkim_aan)
    assert dkim.verify(ruw, dnsfunc=dnsfunc)
    assert dnsfunc.gevraagd == [b"nb2026._domainkey.vreemdelingenrecht.be."]
    velden = handtekening(ruw)
    assert velden[b"a"] == {"rsa": b"rsa-sha256", "ed25519": b"ed25519-sha256"}[dkim_aan]
    gedekt = {h.strip().decode() for h in velden[b"h"].split(b":")}
    assert gedekt == GEDEKT
    (bericht,) = smtp_server.aan("nieuw@example.be")
    assert bericht["Subject"] == "Bevestig je inschrijving op vreemdelingenrecht.be"
    assert "/nieuwsbrief/bevestigen/" in bericht.get_body(preferencelist=("plain",)).get_content()
    # A changed confirmation link no longer verifies.
    assert not dkim.verify(
        ruw.replace(b"/nieuwsbrief/bevestigen/", b"/elders/bevestigen/", 1), dnsfunc=dnsfunc
    )


def test_zonder_instellingen_geen_handtekening(smtp_server, settings, editie, maak_abonnee):
    settings.DKIM_DOMAIN = settings.DKIM_SELECTOR = settings.DKIM_PRIVATE_KEY = ""
    maak_abonnee("lezer@example.be")
    verzending.zet_in_wachtrij(editie)
    verzend_editie.enqueue(editie.pk)
    (bericht,) = smtp_server.aan("lezer@example.be")
    assert bericht["DKIM-Signature"] is None
    assert bericht["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"


def test_een_onbruikbare_sleutel_stopt_de_start_met_een_duidelijke_melding(settings, tmp_path):
    settings.DKIM_DOMAIN = "vreemdelingenrecht.be"
    settings.DKIM_SELECTOR = "nb2026"

    settings.DKIM_PRIVATE_KEY = str(tmp_path / "bestaat-niet.pem")
    (fout,) = dkim_sleutel()
    assert fout.id == "nieuwsbrief.E001"
    assert "kan niet gelezen worden" in fout.msg and "bestaat-niet.pem" in fout.msg

    publiek = tmp_path / "publiek.pem"
    publiek.write_bytes((SLEUTELS / "rsa.pub.pem").read_bytes())
    settings.DKIM_PRIVATE_KEY = str(publiek)
    (fout,) = dkim_sleutel()
    assert "geen private sleutel" in fout.msg

    kapot = tmp_path / "kapot.pem"
    kapot.write_text("-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n")
    settings.DKIM_PRIVATE_KEY = str(kapot)
    (fout,) = dkim_sleutel()
    assert "geen RSA- of Ed25519-sleutel" in fout.msg

    # The worker runs the system checks when it starts: it refuses to start.
    with pytest.raises(SystemCheckError, match="nieuwsbrief.E001"):
        call_command("check")


def test_half_ingesteld_is_een_fout_en_een_vreemd_domein_een_waarschuwing(settings):
    settings.DKIM_DOMAIN = "vreemdelingenrecht.be"
    settings.DKIM_SELECTOR = ""
    settings.DKIM_PRIVATE_KEY = str(SLEUTELS / "rsa.pem")
    (fout,) = dkim_sleutel()
    assert fout.id == "nieuwsbrief.E001" and "DKIM_SELECTOR" in fout.msg
    with pytest.raises(ondertekening.SleutelFout):
        ondertekening.onderteken(b"From: a@b.be\r\n\r\nx\r\n")

    settings.DKIM_SELECTOR = "nb2026"
    assert dkim_sleutel() == []
    settings.DKIM_DOMAIN = "example.org"
    (waarschuwing,) = dkim_sleutel()
    assert waarschuwing.id == "nieuwsbrief.W001"


def test_ook_de_meldingen_over_wat_je_volgt_zijn_ondertekend(smtp_server, dkim_aan, maak_abonnee):
    from .test_meldingen import uitspraak, volg

    an = maak_abonnee("an@example.be", nieuwsbrief=False)
    volg(an, "rechtspraak")
    uitspraak("Bestaansmiddelen van de Belg", nummer="301")
    call_command("meldingen_verzenden", "--periode", "week")

    (ruw,) = smtp_server.ruw_aan("an@example.be")
    assert dkim.verify(ruw, dnsfunc=dns_voor(dkim_aan))
    (bericht,) = smtp_server.aan("an@example.be")
    assert bericht["List-Unsubscribe"].startswith(
        f"<http://testserver/nieuwsbrief/afmelden/{an.token}/meldingen/>"
    )
    gedekt = {h.strip().decode() for h in handtekening(ruw)[b"h"].split(b":")}
    assert gedekt == GEDEKT


def test_rsa_ondertekent_met_openssl_en_de_ontvanger_aanvaardt_het(
    smtp_server, settings, monkeypatch, editie, maak_abonnee
):
    """The RSA signature is OpenSSL's (`cryptography`) with the key parsed once, not dkimpy's
    pure-Python one. Fails when a dkimpy upgrade stops calling the hook in ondertekening.py."""
    settings.DKIM_DOMAIN = "vreemdelingenrecht.be"
    settings.DKIM_SELECTOR = "nb2026"
    settings.DKIM_PRIVATE_KEY = str(SLEUTELS / "rsa.pem")
    adressen = [maak_abonnee(f"lezer{i}@example.be").email for i in range(3)]
    verzending.zet_in_wachtrij(editie)
    ondertekening.ondertekenaar()  # the key read once, before the send

    door_openssl = []
    echte = ondertekening._openssl_onderteken
    monkeypatch.setattr(
        ondertekening,
        "_openssl_onderteken",
        lambda digest, sleutel: door_openssl.append(digest) or echte(digest, sleutel),
    )

    def niet_in_python(*args):
        raise AssertionError("dkimpy's pure-Python RSA ran")

    monkeypatch.setattr(dkim.crypto, "RSASSA_PKCS1_v1_5_sign", niet_in_python)
    monkeypatch.setattr(dkim.crypto, "parse_pem_private_key", niet_in_python)
    verzend_editie.enqueue(editie.pk)

    assert len(door_openssl) == len(adressen)
    assert all(len(digest) == 32 for digest in door_openssl)  # SHA-256
    for adres in adressen:
        (ruw,) = smtp_server.ruw_aan(adres)
        assert handtekening(ruw)[b"a"] == b"rsa-sha256"
        assert dkim.verify(ruw, dnsfunc=dns_voor("rsa"))


def test_een_andere_rsa_sleutel_ondertekent_dkimpy_zelf(monkeypatch):
    """The hook changes nothing for a key this module did not read (another dkimpy user)."""
    door_dkimpy = []
    echte = dkim.crypto.RSASSA_PKCS1_v1_5_sign
    monkeypatch.setattr(
        dkim.crypto,
        "RSASSA_PKCS1_v1_5_sign",
        lambda h, pk: door_dkimpy.append(h) or echte(h, pk),
    )
    bericht = b"From: a@vreemdelingenrecht.be\r\nSubject: x\r\n\r\nTekst\r\n"
    pem = b"Niet door ons gelezen\n" + (SLEUTELS / "rsa.pem").read_bytes()
    ondertekend = dkim.sign(bericht, b"nb2026", b"vreemdelingenrecht.be", pem) + bericht
    assert len(door_dkimpy) == 1
    assert dkim.verify(ondertekend, dnsfunc=dns_voor("rsa"))
