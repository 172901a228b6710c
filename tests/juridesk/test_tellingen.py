"""The day and month counts have one owner (`juridesk.tellingen`): after every way a
question is made, corrected or removed, the counts equal a recount from scratch."""

import datetime

import pytest
from django.utils import timezone

from juridesk import tellingen
from juridesk.genereer import genereer
from juridesk.importeren import KOLOMMEN, importeer
from juridesk.models import DagTelling, MaandTelling, Vraag

pytestmark = pytest.mark.django_db


def stand():
    """Every count row, in a fixed order. A month that lost all its questions of one value
    keeps a row with 0 (a decrease is an UPDATE), which a full recount does not write:
    the same count, so rows of 0 are left out."""
    dagen = sorted(DagTelling.objects.values_list("dag", "lijst", "waarde", "aantal"))
    maanden = sorted(
        MaandTelling.objects.filter(aantal__gt=0).values_list("maand", "lijst", "waarde", "aantal")
    )
    return dagen, maanden


def klopt_met_een_volledige_hertelling():
    bijgehouden = stand()
    tellingen.herbereken_alles()
    assert bijgehouden == stand()
    return bijgehouden


@pytest.fixture
def jurist(aangemeld):
    return aangemeld("Juristen", username="teller")


@pytest.fixture
def coordinator(aangemeld):
    return aangemeld("Coördinatoren", username="coordinator-teller")


def test_every_path_keeps_the_counts_equal_to_a_recount(jurist, coordinator, waarde, tmp_path):
    # the generator: two months, the edges of a month included
    genereer(40, datetime.date(2024, 1, 20), datetime.date(2024, 3, 10), seed=7)
    dagen, maanden = klopt_met_een_volledige_hertelling()
    assert sum(a for _d, lijst, _w, a in dagen if lijst == tellingen.TOTAAL) == 40

    # the import: days of the generated months and a new month
    csv = tmp_path / "vragen.csv"
    csv.write_text(
        ";".join(KOLOMMEN)
        + "\n2024-02-05;Telefoon;;Limburg;;;Gezinshereniging;;Marokko;\n"
        + "2024-05-31 23:30;E-mail;;;;;;;;\n",
        encoding="utf-8",
    )
    assert importeer(csv) == 2
    klopt_met_een_volledige_hertelling()

    # the logging form
    nu = timezone.localtime()
    antwoord = jurist.post(
        "/admin/juridesk/registreren/",
        {
            "regio": waarde("regio", "antwerpen").pk,
            "thema_1": "Gezinshereniging",
            "datum": nu.strftime("%Y-%m-%dT%H:%M"),
            "actie": "nieuw",
        },
    )
    assert antwoord.status_code == 302
    klopt_met_een_volledige_hertelling()

    # a correction: another region, other themes and another day (in another month)
    vraag = Vraag.objects.get(jurist=jurist.user)
    antwoord = jurist.post(
        f"/admin/juridesk/vragen/edit/{vraag.pk}/",
        {
            "regio": waarde("regio", "limburg").pk,
            "thema_1": "OCMW-steun",
            "datum": "2024-02-29T09:15",
        },
    )
    assert antwoord.status_code == 302, antwoord.content.decode()[:2000]
    vraag.refresh_from_db()
    assert vraag.dag == datetime.date(2024, 2, 29)
    klopt_met_een_volledige_hertelling()

    # deletion of one question in the admin
    antwoord = coordinator.post(f"/admin/juridesk/vragen/delete/{vraag.pk}/")
    assert antwoord.status_code == 302
    assert not Vraag.objects.filter(pk=vraag.pk).exists()
    klopt_met_een_volledige_hertelling()

    # deletion of many at once (what a bulk action does)
    februari = Vraag.objects.filter(dag__month=2)
    assert februari.exists()
    tellingen.verwijder(februari)
    assert not Vraag.objects.filter(dag__month=2).exists()
    dagen, _maanden = klopt_met_een_volledige_hertelling()
    assert not [d for d in dagen if d[0].month == 2]


def test_a_block_of_changes_recounts_its_days_once(maak_vraag):
    eerste = maak_vraag("2024-03-05", regio="antwerpen")
    tweede = maak_vraag("2024-03-06", regio="limburg")
    with tellingen.bijwerken():
        eerste.delete()
        tweede.datum = tweede.datum.replace(day=20)
        tweede.save()
        # inside the block nothing is recounted yet
        assert DagTelling.objects.filter(dag="2024-03-05").exists()
    assert not DagTelling.objects.filter(dag="2024-03-05").exists()
    klopt_met_een_volledige_hertelling()
