"""The digests: what counts as a change, one mail per subscriber and period with only her
things (read from the SMTP server), the one-click link, running twice, a killed worker."""

import datetime
import re

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from kennisbank.models import DossierPagina
from nieuwsbrief import verzending
from nieuwsbrief.meldingen import stel_op
from nieuwsbrief.models import Abonnee, Levering, Volg
from nieuwsbrief.wijzigingen import Wijzigingen, periode
from rechtspraak.models import Instantie, Uitspraak

from .conftest import tekst_van

pytestmark = pytest.mark.django_db

VANDAAG = datetime.date.today()
GISTEREN = VANDAAG - datetime.timedelta(days=1)
LANG_GELEDEN = datetime.date(2019, 5, 1)


def uitspraak(titel, instantie="rvv", themas=(), gepubliceerd_op=GISTEREN, nummer="1"):
    u = Uitspraak(
        titel=titel,
        instantie=Instantie.objects.get(code=instantie),
        datum=datetime.date(2024, 3, 1),
        nummer=nummer,
        samenvatting=f"Samenvatting van {titel.lower()}.",
        gepubliceerd_op=gepubliceerd_op,
        live=True,
    )
    u.save()
    u.themas.set(themas)  # a ParentalManyToManyField: written by the next save
    u.save()
    return u


def volg(abonnee, soort, pagina=None, instantie=None, zoekopdracht=""):
    waarde = {"thema": pagina, "dossier": pagina}.get(soort)
    sleutel = {
        "thema": f"thema:{getattr(waarde, 'pk', '')}",
        "dossier": f"dossier:{getattr(waarde, 'pk', '')}",
        "instantie": f"instantie:{getattr(instantie, 'pk', '')}",
        "zoekopdracht": f"zoekopdracht:{zoekopdracht}",
        "rechtspraak": "rechtspraak",
    }[soort]
    Volg.objects.create(
        abonnee=abonnee,
        soort=soort,
        sleutel=sleutel,
        pagina=pagina,
        instantie=instantie,
        zoekopdracht=zoekopdracht,
    )
    if not abonnee.meldingen:
        abonnee.kies_lijsten([*abonnee.lijsten, "meldingen"])


@pytest.fixture
def volger(maak_abonnee):
    def maak(email, frequentie="week"):
        abonnee = maak_abonnee(email, nieuwsbrief=False)
        abonnee.frequentie = frequentie
        abonnee.save()
        return abonnee

    return maak


@pytest.fixture
def inhoud(maak_thema, maak_nieuws, dossier_index):
    verblijf = maak_thema("Verblijf", laatst_bijgewerkt=LANG_GELEDEN)
    gezin = maak_thema(
        "Gezinshereniging",
        parent=verblijf,
        laatst_bijgewerkt=GISTEREN,
        wat_gewijzigd="Nieuwe inkomensgrens vanaf 1 maart.",
    )
    # a typo fix: published again today, the date readers see did not move
    nationaliteit = maak_thema("Nationaliteit", laatst_bijgewerkt=LANG_GELEDEN)
    nationaliteit.title = "Nationaliteit (Belgische)"
    nationaliteit.save_revision().publish()
    nieuws = maak_nieuws("Nieuwe regels gezinshereniging", themas=[gezin], datum=GISTEREN)
    maak_nieuws("Oud bericht", themas=[gezin], datum=LANG_GELEDEN)  # imported old news
    dossier = DossierPagina(
        title="Oekraïne",
        wijzigingen=[
            ("wijziging", {"datum": GISTEREN, "tekst": "<p>Tijdelijke bescherming verlengd.</p>"}),
            ("wijziging", {"datum": LANG_GELEDEN, "tekst": "<p>Oude wijziging.</p>"}),
        ],
    )
    dossier_index.add_child(instance=dossier)
    dossier.save_revision().publish()
    rvv = uitspraak("Bestaansmiddelen van de Belg", themas=[gezin], nummer="301")
    rvs = uitspraak("Cassatie over nationaliteit", instantie="rvs", nummer="302")
    oud = uitspraak("Oude uitspraak, nu geïmporteerd", themas=[gezin], gepubliceerd_op=LANG_GELEDEN)
    return {
        "verblijf": verblijf,
        "gezin": gezin,
        "nationaliteit": nationaliteit,
        "nieuws": nieuws,
        "dossier": dossier,
        "rvv": rvv,
        "rvs": rvs,
        "oud": oud,
    }


def titels(wijziging):
    return [item["titel"] for item in wijziging["items"]] if wijziging else []


def test_de_regels_van_een_wijziging(inhoud):
    w = Wijzigingen(*periode("week", VANDAAG))
    gezin, verblijf = inhoud["gezin"], inhoud["verblijf"]
    # the sub-theme's moved date, its news and its judgment reach the parent's follower
    voor_verblijf = titels(w.voor(f"thema:{verblijf.pk}"))
    assert voor_verblijf == titels(w.voor(f"thema:{gezin.pk}"))
    assert "Gezinshereniging: inhoudelijk bijgewerkt" in voor_verblijf
    assert "Nieuwe regels gezinshereniging" in voor_verblijf
    assert any("Bestaansmiddelen van de Belg" in t for t in voor_verblijf)
    bijgewerkt = w.voor(f"thema:{gezin.pk}")["items"][0]
    assert bijgewerkt["tekst"] == "Nieuwe inkomensgrens vanaf 1 maart."
    # old content imported now and a typo fix alert nobody
    assert not any("Oud" in t for t in voor_verblijf)
    assert w.voor(f"thema:{inhoud['nationaliteit'].pk}") is None
    # the dossier's new "wijziging", not the old one
    assert titels(w.voor(f"dossier:{inhoud['dossier'].pk}")) == ["Oekraïne: nieuwe wijziging"]
    # courts and all case law
    rvs = Instantie.objects.get(code="rvs")
    assert len(titels(w.voor(f"instantie:{rvs.pk}"))) == 1
    assert len(titels(w.voor("rechtspraak"))) == 2
    # a saved search: its words and facets decide
    assert len(titels(w.voor("zoekopdracht:q=bestaansmiddelen&instantie=rvv"))) == 1
    assert w.voor("zoekopdracht:q=bestaansmiddelen&instantie=rvs") is None


def test_een_dag_is_alleen_die_dag(inhoud):
    assert w_voor_dag(VANDAAG, inhoud) is None
    assert w_voor_dag(GISTEREN, inhoud) is not None


def w_voor_dag(dag, inhoud):
    return Wijzigingen(*periode("dag", dag)).voor(f"thema:{inhoud['gezin'].pk}")


def test_een_mail_per_abonnee_met_alleen_haar_onderwerpen(
    smtp_server, inhoud, volger, client, settings
):
    an = volger("an@example.be")
    volg(an, "thema", pagina=inhoud["verblijf"])
    volg(an, "dossier", pagina=inhoud["dossier"])
    bo = volger("bo@example.be")
    volg(bo, "instantie", instantie=Instantie.objects.get(code="rvs"))
    stil = volger("stil@example.be")
    volg(stil, "thema", pagina=inhoud["nationaliteit"])  # nothing new: no mail
    dagelijks = volger("dag@example.be", frequentie="dag")
    volg(dagelijks, "rechtspraak")  # a daily follower is not in the weekly round
    uit = volger("uit@example.be")
    volg(uit, "rechtspraak")
    uit.schrijf_uit("meldingen")

    call_command("meldingen_verzenden", "--periode", "week")

    assert smtp_server.per_ontvanger() == {"an@example.be": 1, "bo@example.be": 1}
    (mail_an,) = smtp_server.aan("an@example.be")
    tekst = tekst_van(mail_an)
    assert "THEMA: VERBLIJF" in tekst and "DOSSIER: OEKRAÏNE" in tekst
    assert "Nieuwe inkomensgrens vanaf 1 maart." in tekst
    assert "Tijdelijke bescherming verlengd." in tekst
    assert "Cassatie over nationaliteit" not in tekst  # bo's court, not hers
    assert settings.SITE_URL + inhoud["gezin"].url in tekst
    html = tekst_van(mail_an, "html")
    assert f'href="{settings.SITE_URL}{inhoud["nieuws"].url}"' in html
    assert "Stop deze meldingen" in html and "Wijzig wat je volgt" in html
    assert "Bestaansmiddelen" not in tekst_van(smtp_server.aan("bo@example.be")[0])

    # the one-click link (RFC 8058) stops the alerts only
    assert mail_an["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    afmelden = re.search(r"<(http[^>]+)>", mail_an["List-Unsubscribe"])[1]
    assert afmelden.endswith(f"/nieuwsbrief/afmelden/{an.token}/meldingen/")
    an.kies_lijsten(["nieuwsbrief", "meldingen"])
    client.post(afmelden.removeprefix("http://testserver"))
    an.refresh_from_db()
    assert an.lijsten == ["nieuwsbrief"] and an.status == "ingeschreven"
    # the mailto alternative names the list too: the bounce mailbox stops the alerts only
    assert f"subject=afmelden%20{an.token}%20meldingen>" in mail_an["List-Unsubscribe"]
    wijzig = re.search(r"Wijzig wat je volgt: (\S+)", tekst)[1]
    assert wijzig.endswith(f"/nieuwsbrief/beheren/{an.token}/volgen/")
    assert client.get(wijzig.removeprefix("http://testserver")).status_code == 200


def test_tweemaal_draaien_stuurt_niets_dubbel(smtp_server, inhoud, volger, capsys):
    an = volger("an@example.be")
    volg(an, "rechtspraak")
    call_command("meldingen_verzenden", "--periode", "week", "--tot", VANDAAG.isoformat())
    call_command("meldingen_verzenden", "--periode", "week", "--tot", VANDAAG.isoformat())
    assert smtp_server.per_ontvanger() == {"an@example.be": 1}
    assert "waren al opgesteld (1)" in capsys.readouterr().out
    assert Levering.objects.get().status == "verzonden"


def test_niets_nieuws_geen_mail(smtp_server, inhoud, volger, capsys):
    volg(volger("an@example.be"), "rechtspraak")
    call_command("meldingen_verzenden", "--periode", "dag", "--tot", "2018-01-01")
    assert not smtp_server.berichten
    assert "geen meldingen" in capsys.readouterr().out


def test_een_ongeldige_datum_is_een_duidelijke_fout(db):
    with pytest.raises(CommandError, match="gebruik JJJJ-MM-DD"):
        call_command("meldingen_verzenden", "--periode", "week", "--tot", "30-11-2026")


class Doodgeschoten(BaseException):
    """Stands in for SIGKILL: not an Exception, so nothing in the send loop catches it."""


def test_een_gedode_worker_hervat_zonder_dubbels_of_gaten(
    smtp_server, inhoud, volger, settings, monkeypatch
):
    settings.NIEUWSBRIEF_BATCH = 4
    volgers = [volger(f"lezer{i:02d}@example.be") for i in range(11)]
    for abonnee in volgers:
        volg(abonnee, "thema", pagina=inhoud["gezin"])
    ronde, nieuw = stel_op("week", VANDAAG)
    assert nieuw and ronde.editie.leveringen.count() == 11

    echte = verzending._markeer_verzonden
    teller = {"n": 0}

    def sterf_bij_zes(pk, token):
        teller["n"] += 1
        if teller["n"] == 6:
            raise Doodgeschoten
        return echte(pk, token)

    monkeypatch.setattr(verzending, "_markeer_verzonden", sterf_bij_zes)
    with pytest.raises(Doodgeschoten):
        verzending.verzend_klaarstaande(ronde.editie.pk)
    assert len(smtp_server.berichten) == 5
    monkeypatch.setattr(verzending, "_markeer_verzonden", echte)
    settings.NIEUWSBRIEF_CLAIM_LEASE = 0  # the dead worker's claim has run out
    call_command("meldingen_verzenden", "--periode", "week")  # the timer runs again

    assert smtp_server.per_ontvanger() == {a.email: 1 for a in volgers}
    assert all(
        "Gezinshereniging: inhoudelijk bijgewerkt" in tekst_van(smtp_server.aan(a.email)[0])
        for a in volgers
    )
    assert not Abonnee.objects.filter(status="onbestelbaar").exists()


ATOM = "{http://www.w3.org/2005/Atom}"


def test_de_feed_van_een_thema_en_een_dossier(client, inhoud):
    from xml.etree import ElementTree

    html = client.get(inhoud["verblijf"].url).content.decode()
    feed_url = re.search(
        r'<link rel="alternate" type="application/atom\+xml" title="Wijzigingen: Verblijf" href="([^"]+)"',
        html,
    )[1]
    assert f'href="{feed_url}">Wijzigingen als Atom-feed<' in html
    antwoord = client.get(feed_url)
    assert antwoord["Content-Type"].startswith("application/atom+xml")
    feed = ElementTree.fromstring(antwoord.content)
    assert feed.findtext(f"{ATOM}title") == "Wijzigingen: Verblijf – vreemdelingenrecht.be"
    titels = [e.findtext(f"{ATOM}title") for e in feed.iter(f"{ATOM}entry")]
    # the same changes as the digest: the sub-theme's update, its news and its judgment
    assert "Themapagina bijgewerkt: Gezinshereniging: inhoudelijk bijgewerkt" in titels
    assert "Nieuws: Nieuwe regels gezinshereniging" in titels
    assert any(t.startswith("Rechtspraak: ") and "Bestaansmiddelen" in t for t in titels)
    assert len({e.findtext(f"{ATOM}id") for e in feed.iter(f"{ATOM}entry")}) == len(titels)
    # a typo fix is no entry; the old news and the old judgment are outside the window anyway
    stil = ElementTree.fromstring(
        client.get(f"/nieuwsbrief/volgen/thema/{inhoud['nationaliteit'].pk}/feed/").content
    )
    assert not list(stil.iter(f"{ATOM}entry"))

    dossier = ElementTree.fromstring(
        client.get(f"/nieuwsbrief/volgen/dossier/{inhoud['dossier'].pk}/feed/").content
    )
    (entry,) = dossier.iter(f"{ATOM}entry")
    assert entry.findtext(f"{ATOM}summary") == "Tijdelijke bescherming verlengd."
    assert client.get("/nieuwsbrief/volgen/iets/1/feed/").status_code == 404
    assert client.get(f"/nieuwsbrief/volgen/dossier/{inhoud['gezin'].pk}/feed/").status_code == 404


def test_de_themapagina_toont_wat_er_gewijzigd_is(client, inhoud):
    html = client.get(inhoud["gezin"].url).content.decode()
    assert "Wat is er gewijzigd: Nieuwe inkomensgrens vanaf 1 maart." in html
    assert "Wat is er gewijzigd" not in client.get(inhoud["verblijf"].url).content.decode()


def test_afmelden_per_mail_voor_de_meldingen_stopt_alleen_de_meldingen(
    tmp_path, maak_abonnee, capsys
):
    import mailbox

    lezer = maak_abonnee("lezer@example.be", nieuwsbrief=True)
    lezer.kies_lijsten(["nieuwsbrief", "meldingen"])
    vak = mailbox.mbox(tmp_path / "bounces.mbox")
    # as a mail client writes the subject of the digest's mailto link
    vak.add(f"From: lezer@example.be\nSubject: afmelden {lezer.token} meldingen\n\nafmelden\n")
    vak.close()
    call_command("nieuwsbrief_postvak", str(tmp_path / "bounces.mbox"))
    assert "afmeldingen: 1" in capsys.readouterr().out
    lezer.refresh_from_db()
    assert lezer.lijsten == ["nieuwsbrief"] and lezer.status == "ingeschreven"


def test_een_proefzending_van_een_meldingronde_toont_alle_wijzigingen(smtp_server, inhoud, volger):
    an = volger("an@example.be")
    volg(an, "thema", pagina=inhoud["verblijf"])
    ronde, _ = stel_op("week", VANDAAG)
    verzending.verstuur_proef(ronde.editie, "redactie@example.be")
    (proef,) = smtp_server.aan("redactie@example.be")
    assert proef["Subject"].startswith("[Proef] Wat er veranderde in wat je volgt")
    assert "Gezinshereniging: inhoudelijk bijgewerkt" in tekst_van(proef)
    assert not smtp_server.aan("an@example.be")


def test_het_voorbeeld_van_een_meldingronde_in_het_beheer_is_de_digest(inhoud, volger):
    # Wagtail's preview panel of a round shows the digest as its test send makes it (every
    # change of the round), not the frame of an ordinary edition.
    an = volger("an@example.be")
    volg(an, "thema", pagina=inhoud["verblijf"])
    ronde, _ = stel_op("week", VANDAAG)
    html = ronde.editie.serve_preview(None, "").content.decode()
    tekst = ronde.editie.serve_preview(None, "tekst").content.decode()
    for deel in (html, tekst):
        assert "Gezinshereniging: inhoudelijk bijgewerkt" in deel
        assert "an@example.be" not in deel
    assert "Wijzig wat je volgt" in html and "Stop deze meldingen" in html
