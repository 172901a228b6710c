"""The chapter's figures: the 2024 trainings and coaching rebuilt from the report's own rows
add up (79 trainings with 2,308 participants; 35 coachings with 172 activities), the juridesk
part is what juridesk_stats writes, judgments are counted by their publication date."""

import datetime
import json
from zoneinfo import ZoneInfo

import pytest
from django.core.management import call_command
from django.utils import timezone

from jaarverslag.berekening import bereken
from jaarverslag.models import ExterneCijfers
from juridesk.models import Vraag, Waarde
from nieuwsbrief.models import Abonnee, Editie, Levering, NieuwsItem
from rechtspraak.models import Instantie, Uitspraak

BRUSSEL = ZoneInfo("Europe/Brussels")


def test_the_trainings_of_2024_add_up(verslag_2024):
    vormingen = bereken(2024).data["vormingen"]
    assert (vormingen["aantal"], vormingen["deelnemers"]) == (79, 2308)
    assert vormingen["extern"]["aantal"] == 68 and vormingen["extern"]["deelnemers"] == 2023
    assert vormingen["intern"] == {"aantal": 11, "deelnemers": 285}
    for rijen in (vormingen["per_soort"], vormingen["per_sector"]):
        assert sum(r["aantal"] for r in rijen) == 79
        assert sum(r["deelnemers"] for r in rijen) == 2308
    assert [r["label"] for r in vormingen["per_soort"]] == [
        "Open aanbod",
        "Open aanbod lokale besturen",
        "Op aanvraag",
        "Intern",
    ]
    lokaal = next(r for r in vormingen["per_soort"] if r["label"] == "Open aanbod lokale besturen")
    assert vormingen["extern"]["lokale_besturen"] >= lokaal["deelnemers"]
    # nothing to compare with in 2023: no change, not an infinite one
    assert vormingen["aantal_vergelijking"] == 0 and vormingen["evolutie"] is None


def test_the_coaching_of_2024_adds_up_and_counts_only_its_years_activities(verslag_2024):
    begeleidingen = bereken(2024).data["begeleidingen"]
    assert (begeleidingen["aantal"], begeleidingen["activiteiten"]) == (35, 172)
    assert begeleidingen["per_activiteit"]["werksessie"] == 124
    met_activiteit = [r for r in begeleidingen["per_soort"] if r["activiteiten"]]
    assert sorted(r["activiteiten"] for r in met_activiteit) == [31, 59, 82]
    assert sorted(r["per_activiteit"]["werksessie"] for r in met_activiteit) == [26, 41, 57]
    for rij in begeleidingen["per_soort"]:
        assert rij["activiteiten"] == sum(rij["per_activiteit"].values())
    assert sum(r["aantal"] for r in begeleidingen["per_sector"]) == 35
    assert sum(r["activiteiten"] for r in begeleidingen["per_sector"]) == 172
    # 2023: the coaching that ended then and the two that went on into 2024, their 2023 lines
    vorig = bereken(2023).data["begeleidingen"]
    assert (vorig["aantal"], vorig["activiteiten"]) == (3, 5)


def _vraag(dag, **codes):
    vraag = Vraag(datum=datetime.datetime.combine(dag, datetime.time(10), tzinfo=BRUSSEL))
    for lijst, code in codes.items():
        setattr(vraag, lijst, Waarde.objects.get(lijst=lijst, code=code))
    vraag.save()
    return vraag


def test_the_juridesk_part_is_what_juridesk_stats_writes(db, oekraine, capsys):
    for dag, codes in [
        (datetime.date(2023, 5, 2), {"regio": "limburg"}),
        (datetime.date(2024, 1, 1), {"regio": "limburg", "dossier": "oekraine"}),
        (datetime.date(2024, 7, 9), {"regio": "brussel", "dossier": "oekraine"}),
        (datetime.date(2024, 12, 31), {}),
    ]:
        _vraag(dag, **codes)
    call_command("juridesk_stats", "--jaar", "2024")
    verwacht = json.loads(capsys.readouterr().out)
    data = bereken(2024).data
    assert data["juridesk"] == verwacht
    assert data["juridesk"]["totaal"] == 3
    assert data["dossiers"] == [
        {"titel": "Oekraïne", "moderatie_acties": 0, "juridesk_vragen": 2, "vormingen": 0}
    ]


def test_judgments_are_counted_by_their_publication_date(db):
    rvv = Instantie.objects.get(code="rvv")
    for i, (uitgesproken, gepubliceerd, live) in enumerate(
        [
            ("2023-11-20", "2024-01-15", True),  # pronounced in 2023, published in 2024
            ("2024-02-01", "2024-03-01", True),
            ("2024-05-01", "2024-06-01", False),  # not public: not counted
            ("2024-10-01", "2025-01-05", True),  # published the year after
            ("2022-12-01", "2023-02-01", True),
            ("2023-03-01", "2023-04-01", True),
            ("2023-05-01", "2023-06-01", True),
            ("2023-07-01", "2023-08-01", True),
        ]
    ):
        Uitspraak.objects.create(
            titel=f"Uitspraak {i}",
            instantie=rvv,
            datum=datetime.date.fromisoformat(uitgesproken),
            gepubliceerd_op=datetime.date.fromisoformat(gepubliceerd),
            nummer=str(300_000 + i),
            live=live,
        )
    publicaties = bereken(2024).data["publicaties"]
    assert publicaties["uitspraken"] == 2
    assert publicaties["uitspraken_vergelijking"] == 4
    assert publicaties["uitspraken_evolutie"] == -50.0


def test_the_site_publications_of_the_year(home, maak_thema, maak_nieuws, oekraine):
    maak_thema("Verblijf", laatst_bijgewerkt=datetime.date(2024, 5, 1))
    maak_thema("Werk", laatst_bijgewerkt=datetime.date(2022, 5, 1))
    nieuws = maak_nieuws("Nieuw in 2024", datum=datetime.date(2024, 3, 3))
    maak_nieuws("Nieuw in 2023", datum=datetime.date(2023, 3, 3))
    einde_2023 = datetime.datetime(2023, 12, 31, 12, tzinfo=BRUSSEL)
    februari_2024 = datetime.datetime(2024, 2, 1, 12, tzinfo=BRUSSEL)
    for i, (toestemming, uit) in enumerate(
        [(februari_2024, None), (einde_2023, timezone.now()), (timezone.now(), None)]
    ):
        Abonnee.objects.create(
            email=f"lezer{i}@example.be",
            nieuwsbrief=True,
            status=Abonnee.Status.INGESCHREVEN if uit is None else Abonnee.Status.UITGESCHREVEN,
            toestemming_op=toestemming,
            uitgeschreven_op=uit,
        )
    lezers = list(Abonnee.objects.all())
    verzonden = datetime.datetime(2024, 6, 1, 9, tzinfo=BRUSSEL)
    brief = Editie.objects.create(titel="Juni", status="verzonden", verzonden_op=verzonden)
    NieuwsItem.objects.create(editie=brief, pagina=nieuws)
    mailing = Editie.objects.create(
        titel="Rechtspraak juni", soort="rechtspraak", status="verzonden", verzonden_op=verzonden
    )
    Editie.objects.create(titel="Concept", soort="rechtspraak")
    for lezer, status in zip(lezers, ["verzonden", "verzonden", "mislukt"], strict=True):
        Levering.objects.create(editie=mailing, abonnee=lezer, status=status)
    ExterneCijfers.objects.create(jaar=2024, unieke_gebruikers=340_000, bron_website="Analytics")

    data = bereken(2024).data
    publicaties = data["publicaties"]
    # the theme pages made by the test are published now, after 2024: not there at its end;
    # the dossier has been kept since 2022
    assert publicaties["themapaginas"] == 0 and publicaties["dossiers"] == 1
    assert publicaties["nieuwspaginas"] == 1
    assert publicaties["nieuwsbrieven"] == 1 and publicaties["nieuwsbrief_berichten"] == 1
    assert publicaties["rechtspraakmailings"] == 1
    assert publicaties["rechtspraakmailing_ontvangers"] == 2
    assert publicaties["abonnees"] == 2  # the one who left after 2024 still counts
    assert publicaties["abonnees_evolutie"] == 100.0  # one at the end of 2023
    assert data["extern"]["unieke_gebruikers"] == 340_000
    assert data["extern"]["sessies"] is None
    # a year that includes today sees the pages and the editorial log of today
    nu = timezone.localdate().year
    vandaag = bereken(nu).data["publicaties"]
    assert vandaag["themapaginas"] == 2 and vandaag["themapaginas_bijgewerkt"] == 0
    assert vandaag["dossiers"] == 1
    assert vandaag["moderatie_acties"] >= 5  # five pages published
    assert vandaag["abonnees"] == 2


@pytest.mark.parametrize("formaat", ["json"])
def test_the_command_writes_the_chapter(verslag_2024, tmp_path, formaat):
    uit = tmp_path / f"verslag.{formaat}"
    call_command("jaarverslag", "--jaar", "2024", "--format", formaat, "--output", str(uit))
    data = json.loads(uit.read_text("utf-8"))
    assert list(data) == [
        "jaar",
        "vergelijking",
        "publicaties",
        "juridesk",
        "vormingen",
        "begeleidingen",
        "dossiers",
        "extern",
    ]
    assert (data["jaar"], data["vergelijking"]) == (2024, 2023)
    assert data["vormingen"]["aantal"] == 79
    assert data["dossiers"][0]["vormingen"] == 4
    assert list(data["begeleidingen"]["per_activiteit"]) == ["werksessie", "publicatie", "vorming"]


@pytest.mark.parametrize(
    ("argumenten", "melding"),
    [
        (["--jaar", "twintig"], "'twintig' is geen jaartal."),
        (["--jaar", "99999"], "Kies een jaar tussen 1990 en 2100."),
        (["--jaar", "2024", "--vergelijk", "2024"], "moet een ander jaar zijn"),
    ],
)
def test_the_command_refuses_a_bad_year(db, argumenten, melding):
    from django.core.management import CommandError

    with pytest.raises(CommandError, match=melding):
        call_command("jaarverslag", *argumenten)
