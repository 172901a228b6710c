"""The public archive: every sent edition as its readers got it, without their personal
links; drafts and scheduled editions are not public."""

import re
from datetime import timedelta

import pytest
from django.utils import timezone

from nieuwsbrief import verzending
from nieuwsbrief.models import Editie, UitspraakItem
from nieuwsbrief.opstellen import stel_nieuwsbrief_op
from nieuwsbrief.tasks import verzend_editie

from .conftest import tekst_van

pytestmark = pytest.mark.django_db


@pytest.fixture
def verzonden(smtp_server, maak_nieuws, maak_abonnee):
    maak_nieuws("Gezinshereniging met een Belg: nieuwe inkomensgrens")
    editie = stel_nieuwsbrief_op()
    editie.titel = "Nieuwsbrief juni 2024"
    editie.save()
    abonnees = [maak_abonnee(f"lezer{i}@example.be", rechtspraak=True) for i in range(2)]
    verzending.zet_in_wachtrij(editie)
    verzend_editie.enqueue(editie.pk)
    return editie, abonnees


def test_de_mail_linkt_naar_zijn_archiefpagina_zonder_persoonlijke_links(
    client, smtp_server, verzonden
):
    editie, abonnees = verzonden
    (bericht,) = smtp_server.aan(abonnees[0].email)
    html = tekst_van(bericht, "html")
    link = re.search(r'<a href="([^"]+)"[^>]*>Bekijk deze nieuwsbrief online</a>', html)[1]
    assert link == f"http://testserver/nieuwsbrief/archief/{editie.pk}/"
    assert f"Bekijk deze nieuwsbrief online: {link}" in tekst_van(bericht, "plain")

    antwoord = client.get(link.removeprefix("http://testserver"))
    assert antwoord.status_code == 200
    pagina = antwoord.content.decode()
    assert "Nieuwsbrief juni 2024" in pagina
    assert "Gezinshereniging met een Belg: nieuwe inkomensgrens" in pagina
    # Nobody's personal links: no token, no unsubscribe or manage link, no placeholder.
    for abonnee in abonnees:
        assert abonnee.token not in pagina
    for rest in ("/nieuwsbrief/afmelden/", "/nieuwsbrief/beheren/", "NBAFMELD", "NBBEHEER"):
        assert rest not in pagina
    assert "Uitschrijven" not in pagina and "Bekijk deze nieuwsbrief online" not in pagina
    assert 'href="/nieuwsbrief/"' in pagina  # subscribe instead
    # The mail's inline styles are allowed on this page only; it is never framed.
    beleid = antwoord["Content-Security-Policy"]
    assert "style-src 'unsafe-inline'" in beleid and "frame-ancestors 'none'" in beleid
    assert "script-src" not in beleid


def test_concepten_en_geplande_edities_zijn_niet_openbaar(client, verzonden):
    concept = Editie.objects.create(titel="Nog in de maak")
    gepland = Editie.objects.create(titel="Volgende maand")
    gepland.plan(timezone.now() + timedelta(days=3))
    # A round of digests is personal (one per subscriber): never public, also once sent.
    meldingen = Editie.objects.create(soort=Editie.Soort.MELDINGEN, titel="Meldingen week 23")
    meldingen.start_verzending()
    for editie in (concept, gepland, meldingen):
        assert client.get(f"/nieuwsbrief/archief/{editie.pk}/").status_code == 404
    lijst = client.get("/nieuwsbrief/archief/").content.decode()
    assert "Nieuwsbrief juni 2024" in lijst
    assert "Nog in de maak" not in lijst and "Volgende maand" not in lijst
    assert "Meldingen week 23" not in lijst and "Meldingen over" not in lijst
    assert client.get("/nieuwsbrief/archief/999999/").status_code == 404


def test_het_archief_toont_beide_soorten_en_filtert(client, smtp_server, verzonden):
    mailing = Editie.objects.create(soort=Editie.Soort.RECHTSPRAAK, titel="Rechtspraak juni 2024")
    UitspraakItem.objects.create(
        editie=mailing,
        instantie="Raad voor Vreemdelingenbetwistingen",
        titel="RvV 12 juni 2024, nr. 301 234",
        link="https://www.vreemdelingenrecht.be/rechtspraak/",
    )
    verzending.zet_in_wachtrij(mailing)
    verzend_editie.enqueue(mailing.pk)

    alles = client.get("/nieuwsbrief/archief/").content.decode()
    assert alles.index("Rechtspraak juni 2024") < alles.index("Nieuwsbrief juni 2024")
    alleen = client.get("/nieuwsbrief/archief/?soort=rechtspraak").content.decode()
    assert "Rechtspraak juni 2024" in alleen and "Nieuwsbrief juni 2024" not in alleen
    # Nonsense in the query string is ignored, never a 500.
    antwoord = client.get("/nieuwsbrief/archief/?soort=x&page=%F0%9F%98%80")
    assert antwoord.status_code == 200 and "Nieuwsbrief juni 2024" in antwoord.content.decode()
    pagina = client.get(f"/nieuwsbrief/archief/{mailing.pk}/").content.decode()
    assert "RvV 12 juni 2024, nr. 301 234" in pagina
    assert 'href="/nieuwsbrief/archief/"' in pagina
