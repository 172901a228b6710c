"""The editions listing in the admin: the delivery counts of every row come with the listing's
own query (annotated), not with a query or three per edition."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from nieuwsbrief import verzending
from nieuwsbrief.models import Abonnee, Editie, Levering

pytestmark = pytest.mark.django_db

LIJST = "/admin/snippets/nieuwsbrief/editie/"


def maak_editie(nummer, abonnees):
    """An edition being sent: one delivery per status, and one reader who left since."""
    editie = Editie.objects.create(titel=f"Editie {nummer}")
    editie.start_verzending()
    for abonnee, status in zip(abonnees, Levering.Status.values, strict=False):
        Levering.objects.create(editie=editie, abonnee=abonnee, status=status)
    return editie


@pytest.fixture
def lezers(maak_abonnee):
    return [maak_abonnee(f"lezer{i}@example.be") for i in range(len(Levering.Status.values))]


def test_de_lijst_van_tien_edities_kost_niet_meer_queries_dan_die_van_een(
    client, maak_gebruiker, lezers, django_assert_max_num_queries
):
    client.force_login(maak_gebruiker("beheerder", superuser=True))
    maak_editie(0, lezers)
    client.get(LIJST)  # warm caches (site, permissions) that do not depend on the rows
    with CaptureQueriesContext(connection) as een:
        assert client.get(LIJST).status_code == 200

    for nummer in range(1, 10):
        maak_editie(nummer, lezers)
    # The verzonden delivery's reader leaves after the start of every edition.
    verzonden = lezers[Levering.Status.values.index(Levering.Status.VERZONDEN)]
    Abonnee.objects.filter(pk=verzonden.pk).update(nieuwsbrief=False, gewijzigd_op=timezone.now())
    with django_assert_max_num_queries(len(een.captured_queries)):
        antwoord = client.get(LIJST)
    assert antwoord.status_code == 200
    rijen = antwoord.context["table"].data
    assert len(rijen) == 10
    for editie in rijen:
        assert editie.tellingen() == {
            **dict.fromkeys(Levering.Status.values, 1),
            "totaal": len(Levering.Status.values),
            "uitgeschreven_sindsdien": 1,
        }


def test_de_tellingen_uit_de_lijst_zijn_die_van_een_editie_apart(lezers):
    editie = maak_editie(1, lezers)
    Editie.objects.create(titel="Concept zonder leveringen")
    lezers[Levering.Status.values.index(Levering.Status.VERZONDEN)].schrijf_uit()
    uit_de_lijst = {e.pk: e.tellingen() for e in Editie.objects.met_tellingen()}
    assert uit_de_lijst[editie.pk] == verzending.tellingen(editie)
    assert uit_de_lijst[editie.pk]["totaal"] == len(Levering.Status.values)
    assert uit_de_lijst[editie.pk]["uitgeschreven_sindsdien"] == 1
    assert sum(uit_de_lijst[e]["totaal"] for e in uit_de_lijst if e != editie.pk) == 0
