"""The follow-up's two lists of queries over a period of whole months and loose days: a
query belongs on a list by all its rows of the period, never by one month or day."""

import datetime

import pytest

from inhoudsopvolging.gegevens import zoektermen
from zoeken.models import ZoekDag, ZoekMaand

pytestmark = pytest.mark.django_db


def test_the_lists_sum_months_and_loose_days_and_judge_a_query_by_all_its_rows():
    maart, april = datetime.date(2026, 3, 1), datetime.date(2026, 4, 1)
    ZoekMaand.objects.bulk_create(
        [
            ZoekMaand(maand=maart, zoekterm="visum", aantal=5, resultaten=0),
            ZoekMaand(maand=april, zoekterm="visum", aantal=2, resultaten=0),
            ZoekMaand(maand=maart, zoekterm="leefloon", aantal=9, resultaten=4),
            ZoekMaand(maand=april, zoekterm="leefloon", aantal=3, resultaten=4, geopend=1),
            ZoekMaand(maand=maart, zoekterm="kinderbijslag", aantal=4, resultaten=2),
            ZoekMaand(maand=april, zoekterm="oranje kaart", aantal=1, resultaten=0),
        ]
    )
    ZoekDag.objects.bulk_create(
        [
            # a loose day inside the period: counts; one outside it: does not
            ZoekDag(dag=datetime.date(2026, 5, 2), zoekterm="visum", aantal=1, resultaten=0),
            ZoekDag(
                dag=datetime.date(2026, 5, 3), zoekterm="kinderbijslag", aantal=6, resultaten=2
            ),
            ZoekDag(dag=datetime.date(2026, 5, 20), zoekterm="visum", aantal=50, resultaten=0),
            # found nothing in March, results on a loose day: no longer "without results"
            ZoekDag(dag=datetime.date(2026, 5, 2), zoekterm="oranje kaart", aantal=2, resultaten=3),
            # opened on a loose day: off the list of queries nobody opened
            ZoekDag(
                dag=datetime.date(2026, 2, 27),
                zoekterm="kinderbijslag",
                aantal=1,
                resultaten=2,
                geopend=1,
            ),
        ]
    )
    zonder, niet_geopend = zoektermen(datetime.date(2026, 3, 1), datetime.date(2026, 5, 10))
    assert zonder == [("visum", 8)]
    assert niet_geopend == [("kinderbijslag", 10), ("oranje kaart", 3)]
    zonder, niet_geopend = zoektermen(datetime.date(2026, 2, 27), datetime.date(2026, 5, 10))
    assert zonder == [("visum", 8)]
    assert niet_geopend == [("oranje kaart", 3)]
