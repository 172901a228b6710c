"""Composing editions: news published since the last edition, and the case-law mailing."""

import datetime

import pytest
from django.core.management import call_command
from django.utils import timezone

from nieuwsbrief import verzending
from nieuwsbrief.models import Editie
from nieuwsbrief.opstellen import stel_nieuwsbrief_op, stel_rechtspraakmailing_op
from nieuwsbrief.tasks import verzend_editie
from rechtspraak.models import Instantie, Uitspraak

from .conftest import tekst_van

pytestmark = pytest.mark.django_db


def test_een_editie_bevat_het_nieuws_sinds_de_vorige(maak_nieuws):
    oud = maak_nieuws("Oud nieuws over de terugkeer")
    vorige = stel_nieuwsbrief_op()
    assert [i.pagina for i in vorige.nieuws_items.all()] == [oud]

    eerste = maak_nieuws("Stemrecht voor EU-burgers", datum=datetime.date(2024, 9, 1))
    tweede = maak_nieuws("Seizoensarbeid: nieuwe procedure", datum=datetime.date(2024, 9, 20))
    editie = stel_nieuwsbrief_op()
    assert [i.pagina for i in editie.nieuws_items.all()] == [tweede, eerste]
    assert editie.periode_van == vorige.periode_tot
    assert editie.status == Editie.Status.CONCEPT


def test_sinds_een_datum_en_het_id_als_laatste_regel(maak_nieuws, capsys):
    maak_nieuws("Nieuws van vandaag")
    call_command("nieuwsbrief_opstellen", "--sinds", "2000-01-01")
    regels = capsys.readouterr().out.strip().splitlines()
    editie = Editie.objects.get(pk=int(regels[-1]))
    assert editie.nieuws_items.count() == 1
    assert "1 berichten" in regels[0]


def test_een_ongeldige_datum_wordt_geweigerd():
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="JJJJ-MM-DD"):
        call_command("nieuwsbrief_opstellen", "--sinds", "1 mei")
    assert not Editie.objects.exists()


def maak_uitspraak(titel, code, gepubliceerd_op, datum=datetime.date(2024, 3, 1), live=True):
    return Uitspraak.objects.create(
        titel=titel,
        instantie=Instantie.objects.get(code=code),
        datum=datum,
        gepubliceerd_op=gepubliceerd_op,
        nummer=str(abs(hash(titel)) % 1000000),
        samenvatting=f"Samenvatting: {titel}.",
        live=live,
    )


def test_de_rechtspraakmailing_groepeert_nieuwe_uitspraken_per_instantie(smtp_server, maak_abonnee):
    vandaag = timezone.localdate()
    maak_uitspraak("Oud arrest", "rvv", vandaag - datetime.timedelta(days=90))
    stel_rechtspraakmailing_op(sinds=vandaag - datetime.timedelta(days=100))

    maak_uitspraak("Bestaansmiddelen van de Belg", "rvv", vandaag, datum=datetime.date(2024, 5, 2))
    maak_uitspraak("Humanitaire visa", "rvs", vandaag)
    maak_uitspraak("Tweede RvV-arrest", "rvv", vandaag, datum=datetime.date(2024, 5, 9))
    maak_uitspraak("Nog een concept", "rvv", vandaag, live=False)

    editie = stel_rechtspraakmailing_op()
    items = list(editie.uitspraak_items.all())
    assert [i.instantie for i in items] == [
        "Raad voor Vreemdelingenbetwistingen",
        "Raad voor Vreemdelingenbetwistingen",
        "Raad van State",
    ]
    assert "Tweede RvV-arrest" in items[0].titel  # newest first within a court
    assert not any("Oud arrest" in i.titel or "concept" in i.titel for i in items)

    lezer = maak_abonnee("jurist@example.be", nieuwsbrief=False, rechtspraak=True)
    maak_abonnee("enkel-nieuws@example.be")
    verzending.zet_in_wachtrij(editie)
    verzend_editie.enqueue(editie.pk)
    assert smtp_server.per_ontvanger() == {lezer.email: 1}
    (bericht,) = smtp_server.aan(lezer.email)
    tekst = tekst_van(bericht)
    assert tekst.index("Raad voor Vreemdelingenbetwistingen") < tekst.index("Raad van State")
    assert f"/nieuwsbrief/afmelden/{lezer.token}/rechtspraak/" in bericht["List-Unsubscribe"]
