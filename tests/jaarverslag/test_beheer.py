"""The jaarverslag screens in the admin: jurists record trainings and coaching, coordinators
also manage the sectors and the figures from outside the site; nobody else gets in."""

import pytest
from django.urls import reverse

from jaarverslag.models import Begeleiding, ExterneCijfers, Sector, Vorming


def test_a_jurist_records_a_training(aangemeld):
    jurist = aangemeld("Juristen")
    assert jurist.get(reverse("jaarverslag_vorming:index")).status_code == 200
    werk = Sector.objects.get(label="Werk")
    antwoord = jurist.post(
        reverse("jaarverslag_vorming:add"),
        {
            "datum": "2024-03-05",
            "soort": "op_aanvraag",
            "titel": "Verblijf en werk",
            "sector": werk.pk,
            "deelnemers": "25",
            "lokale_besturen": "30",
        },
    )
    assert antwoord.status_code == 200
    assert "Niet meer deelnemers uit lokale besturen dan deelnemers." in antwoord.text
    assert not Vorming.objects.exists()
    antwoord = jurist.post(
        reverse("jaarverslag_vorming:add"),
        {
            "datum": "2024-03-05",
            "soort": "op_aanvraag",
            "titel": "Verblijf en werk",
            "sector": werk.pk,
            "deelnemers": "25",
            "lokale_besturen": "5",
        },
    )
    assert antwoord.status_code == 302
    vorming = Vorming.objects.get()
    assert (vorming.deelnemers, vorming.lokale_besturen, vorming.extern) == (25, 5, True)


def test_a_jurist_records_a_coaching_with_its_activities(aangemeld):
    jurist = aangemeld("Juristen")
    velden = {
        "titel": "OCMW Gent",
        "soort": "organisatiegericht_extern",
        "sector": Sector.objects.get(label="Welzijn").pk,
        "partners": "OCMW Gent\nCAW Oost-Vlaanderen",
        "activiteiten-TOTAL_FORMS": "2",
        "activiteiten-INITIAL_FORMS": "0",
        "activiteiten-MIN_NUM_FORMS": "1",
        "activiteiten-MAX_NUM_FORMS": "1000",
    }
    for i, (datum, soort) in enumerate([("2024-02-01", "werksessie"), ("2024-04-11", "vorming")]):
        velden |= {
            f"activiteiten-{i}-datum": datum,
            f"activiteiten-{i}-soort": soort,
            f"activiteiten-{i}-ORDER": str(i + 1),
            f"activiteiten-{i}-DELETE": "",
        }
    antwoord = jurist.post(reverse("jaarverslag_begeleiding:add"), velden)
    assert antwoord.status_code == 302, antwoord.text[:2000]
    begeleiding = Begeleiding.objects.get()
    assert sorted(begeleiding.activiteiten.values_list("soort", flat=True)) == [
        "vorming",
        "werksessie",
    ]


@pytest.mark.parametrize(
    ("groep", "url", "mag"),
    [
        ("Juristen", "jaarverslag_begeleiding:index", True),
        ("Juristen", "jaarverslag_cijfers:index", False),
        ("Juristen", "jaarverslag_sector:add", False),
        ("Coördinatoren", "jaarverslag_cijfers:add", True),
        ("Coördinatoren", "jaarverslag_sector:index", True),
        ("Coördinatoren", "jaarverslag_vorming:index", True),
        ("Redacteurs", "jaarverslag_vorming:index", False),
        ("Moderatoren", "jaarverslag_begeleiding:index", False),
    ],
)
def test_who_may_open_what(aangemeld, groep, url, mag):
    antwoord = aangemeld(groep).get(reverse(url))
    assert (antwoord.status_code == 200) is mag
    if not mag:
        assert antwoord.status_code in (302, 403)


def test_a_coordinator_enters_the_figures_from_outside(aangemeld):
    coordinator = aangemeld("Coördinatoren")
    antwoord = coordinator.post(
        reverse("jaarverslag_cijfers:add"),
        {"jaar": "2024", "unieke_gebruikers": "340000", "bron_website": "Webstatistieken"},
    )
    assert antwoord.status_code == 302
    cijfers = ExterneCijfers.objects.get(jaar=2024)
    assert cijfers.als_dict()["unieke_gebruikers"] == 340000
    assert cijfers.als_dict()["sessies"] is None


def test_the_menu_shows_what_a_jurist_may(aangemeld):
    antwoord = aangemeld("Juristen").get(reverse("wagtailadmin_home"))
    assert "Vormingen" in antwoord.text and "Begeleidingen" in antwoord.text
    assert "Cijfers van buiten de site" not in antwoord.text
