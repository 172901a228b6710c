"""The statistics of a known data set: counts, shares, changes, themes with sub-themes,
totals that add up, the empty bucket in the report's place, and counts that follow every
change to a question."""

import datetime

import pytest
from django.db.models import Count

from juridesk import opmaak
from juridesk.genereer import REGIO_2023, REGIO_2024, genereer
from juridesk.models import Vraag, Waarde
from juridesk.stats import Periode, bereken
from juridesk.tellingen import herbereken_alles

pytestmark = pytest.mark.django_db


def rijen(resultaat, tabel):
    return {r["label"]: r for r in resultaat["tabellen"][tabel]}


def test_the_annual_report_2024():
    """2023 and 2024 with the regions of figure 55 and the other lists as in the report
    (one data set of 19,498 questions, checked from every side)."""
    genereer(
        0,
        datetime.date(2023, 1, 1),
        datetime.date(2023, 12, 31),
        seed=1,
        regio_aantallen=REGIO_2023,
    )
    genereer(
        0,
        datetime.date(2024, 1, 1),
        datetime.date(2024, 12, 31),
        seed=2,
        regio_aantallen=REGIO_2024,
    )
    resultaat = bereken(Periode.jaar(2024))
    figure_55_from_the_database(resultaat)
    every_single_valued_table_adds_up_to_the_total(resultaat)
    the_counts_match_a_direct_count_of_the_questions(resultaat)
    rows_follow_the_report_order_with_the_empty_bucket_in_place(resultaat)
    themes_count_once_per_theme_and_share_more_than_100(resultaat)
    nationality_is_a_top_ten_and_the_rest(resultaat)


def figure_55_from_the_database(jaarverslag_2024):
    r = jaarverslag_2024
    assert (r["totaal"], r["totaal_vergelijking"]) == (9068, 10430)
    assert r["periode"] == {"van": "2024-01-01", "tot": "2024-12-31"}
    assert r["vergelijking"] == {"van": "2023-01-01", "tot": "2023-12-31"}
    gedrukt = [
        (
            rij["label"],
            opmaak.aantal(rij["aantal"]),
            opmaak.gedrukt(rij["aandeel"], rij["evolutie"]),
        )
        for rij in r["tabellen"]["regio"]
    ]
    assert gedrukt == [
        ("Provincie Antwerpen", "2.182", "24% (-13)"),
        ("Brussels gewest", "1.981", "22% (-8)"),
        ("Oost-Vlaanderen", "1.324", "15% (-12)"),
        ("Vlaams-Brabant", "1.251", "14% (-11)"),
        ("West-Vlaanderen", "1.141", "13% (-6)"),  # the report prints 12%: see test_opmaak
        ("Limburg", "824", "9% (-19)"),
        ("Buiten Vlaanderen en Brussel", "146", "2% (-40)"),
        ("Niet ingevuld", "219", "2% (-43)"),
    ]
    assert opmaak.gedrukt(100, r["evolutie"]) == "100% (-13)"


def every_single_valued_table_adds_up_to_the_total(jaarverslag_2024):
    r = jaarverslag_2024
    for tabel in [
        "regio",
        "categorie",
        "sector",
        "verblijfssituatie",
        "nationaliteit",
        "kanaal",
        "lijn",
        "dossier",
    ]:
        assert sum(rij["aantal"] for rij in r["tabellen"][tabel]) == 9068, tabel
        assert sum(rij["aantal_vergelijking"] for rij in r["tabellen"][tabel]) == 10430, tabel
        assert sum(rij["aandeel"] for rij in r["tabellen"][tabel]) == pytest.approx(100)


def the_counts_match_a_direct_count_of_the_questions(jaarverslag_2024):
    direct = dict(
        Vraag.objects.filter(dag__year=2024)
        .values_list("categorie__label")
        .annotate(n=Count("pk"))
        .order_by()
    )
    direct["Niet ingevuld"] = direct.pop(None, 0)
    assert {k: v["aantal"] for k, v in rijen(jaarverslag_2024, "categorie").items()} == direct


def rows_follow_the_report_order_with_the_empty_bucket_in_place(jaarverslag_2024):
    categorie = [rij["label"] for rij in jaarverslag_2024["tabellen"]["categorie"]]
    assert categorie == [
        "Non-profit professional",
        "Profit professional",
        "Vlaamse overheidsprofessional",
        "Gemeentelijke overheidsprofessional",
        "Andere overheidsprofessional",
        "Vrijwilliger",
        "Niet ingevuld",
        "Betrokkene zelf",
        "Ruime publiek",
    ]
    sector = [rij["label"] for rij in jaarverslag_2024["tabellen"]["sector"]]
    assert sector[0] == "Welzijn"
    assert sector[-2:] == ["Andere sectoren", "Niet ingevulde of geen sector"]


def themes_count_once_per_theme_and_share_more_than_100(jaarverslag_2024):
    themas = rijen(jaarverslag_2024, "thema")
    verblijf = themas["Verblijfsrecht"]
    assert 78 <= verblijf["aandeel"] <= 84  # 81% in the report
    subs = {s["label"]: s for s in verblijf["subthemas"]}
    assert 29 <= subs["Gezinshereniging"]["aandeel"] <= 35  # 32%
    assert all(s["aantal"] <= verblijf["aantal"] for s in verblijf["subthemas"])
    assert sum(r["aandeel"] for r in jaarverslag_2024["tabellen"]["thema"]) > 100


def nationality_is_a_top_ten_and_the_rest(jaarverslag_2024):
    nationaliteit = jaarverslag_2024["tabellen"]["nationaliteit"]
    assert len(nationaliteit) == 12
    assert [r["label"] for r in nationaliteit[-2:]] == ["Andere nationaliteiten", "Niet ingevuld"]
    top = [r["aantal"] for r in nationaliteit[:10]]
    assert top == sorted(top, reverse=True)
    assert nationaliteit[0]["label"] == "Marokko"


def test_a_small_hand_made_set(maak_vraag):
    maak_vraag(
        "2024-02-01",
        regio="antwerpen",
        categorie="betrokkene",
        themas=["verblijfsrecht-gezinshereniging", "ipr-huwelijk"],
        nationaliteit="ma",
    )
    maak_vraag(
        "2024-02-02",
        regio="antwerpen",
        themas=["verblijfsrecht-gezinshereniging", "verblijfsrecht-unieburger"],
    )
    maak_vraag("2024-08-30", sector="wonen", themas=["verblijfsrecht"], dossier="oekraine")
    maak_vraag("2024-12-31", regio="limburg")
    maak_vraag("2023-05-05", regio="antwerpen", themas=["verblijfsrecht-gezinshereniging"])
    maak_vraag("2023-05-06", regio="antwerpen")
    maak_vraag("2022-01-01", regio="limburg")  # outside both periods
    maak_vraag("2025-01-01", regio="limburg")  # (00:00 would still be 2024 in UTC)

    r = bereken(Periode.jaar(2024))
    assert (r["totaal"], r["totaal_vergelijking"]) == (4, 2)
    assert r["evolutie"] == 100
    regio = rijen(r, "regio")
    assert (regio["Provincie Antwerpen"]["aantal"], regio["Provincie Antwerpen"]["evolutie"]) == (
        2,
        0,
    )
    assert regio["Limburg"]["aantal"] == 1 and regio["Limburg"]["evolutie"] is None
    assert regio["Niet ingevuld"]["aantal"] == 1
    assert regio["Provincie Antwerpen"]["aandeel"] == 50

    themas = rijen(r, "thema")
    verblijf = themas["Verblijfsrecht"]
    assert (verblijf["aantal"], verblijf["aantal_vergelijking"]) == (3, 1)  # once per question
    subs = {s["label"]: s for s in verblijf["subthemas"]}
    assert subs["Gezinshereniging"]["aantal"] == 2
    assert subs["Gezinshereniging"]["evolutie"] == 100
    assert subs["Unieburger"]["aantal"] == 1
    assert themas["Internationaal privaatrecht"]["aantal"] == 1
    assert themas["Niet ingevuld"]["aantal"] == 1  # the Limburg question has no theme
    assert themas["Niet ingevuld"]["aantal_vergelijking"] == 1
    assert rijen(r, "sector")["Wonen"]["aandeel"] == 25
    assert rijen(r, "dossier")["Oekraïne"]["aantal"] == 1
    assert rijen(r, "dossier")["Niet ingevuld"]["aantal"] == 3

    # a half year: loose days only, no whole months inside
    tweede_helft = bereken(Periode.halfjaar(2024, 2))
    assert tweede_helft["totaal"] == 2
    # a range that starts and ends mid-month: months plus loose days at both edges
    midden = bereken(Periode(datetime.date(2024, 2, 2), datetime.date(2024, 12, 30)))
    assert midden["totaal"] == 2
    assert midden["vergelijking"] == {"van": "2023-02-02", "tot": "2023-12-30"}


def test_counts_follow_edits_deletes_and_a_retired_value(maak_vraag, waarde):
    vraag = maak_vraag("2024-03-05", regio="antwerpen", dossier="corona")
    maak_vraag("2024-03-05", regio="antwerpen")
    vraag.regio = waarde("regio", "limburg")
    vraag.save()
    regio = rijen(bereken(Periode.jaar(2024)), "regio")
    assert (regio["Provincie Antwerpen"]["aantal"], regio["Limburg"]["aantal"]) == (1, 1)

    vraag.datum = vraag.datum.replace(year=2023)
    vraag.save()
    assert bereken(Periode.jaar(2024))["totaal"] == 1
    assert bereken(Periode.jaar(2023))["totaal"] == 1

    # "Coronavirus" is retired: it still counts where it was used, and only there
    dossiers = rijen(bereken(Periode.jaar(2023)), "dossier")
    assert dossiers["Coronavirus"]["aantal"] == 1
    assert "Coronavirus" not in rijen(bereken(Periode.jaar(2021)), "dossier")

    vraag.delete()
    assert bereken(Periode.jaar(2023))["totaal"] == 0


def test_a_full_rebuild_gives_the_same_result(maak_vraag):
    maak_vraag("2024-03-05", regio="antwerpen", themas=["sociaal-recht-werk"])
    maak_vraag("2024-04-05", regio="brussel")
    voor = bereken(Periode.jaar(2024))
    herbereken_alles()
    assert bereken(Periode.jaar(2024)) == voor


def test_a_new_value_added_by_a_coordinator_appears(maak_vraag):
    nieuw = Waarde.objects.create(lijst="dossier", code="nieuw", label="Nieuw dossier", volgorde=5)
    maak_vraag("2024-03-05", dossier="nieuw")
    dossiers = [r["label"] for r in bereken(Periode.jaar(2024))["tabellen"]["dossier"]]
    assert dossiers[0] == nieuw.label
