"""Fixtures for the jaarverslag tests: the Oekraïne dossier page, the report's own rows of
2024 imported, and logged-in clients per group."""

import datetime
from pathlib import Path

import pytest
from django.test import Client

from jaarverslag.importeren import importeer_begeleidingen, importeer_vormingen
from kennisbank.models import DossierPagina

VERSLAG_2024 = Path(__file__).resolve().parent / "verslag_2024"


@pytest.fixture
def oekraine(dossier_index):
    pagina = DossierPagina(title="Oekraïne", slug="oekraine")
    dossier_index.add_child(instance=pagina)
    pagina.save_revision().publish()
    # kept since 2022, as on the real site
    DossierPagina.objects.filter(pk=pagina.pk).update(
        first_published_at=datetime.datetime(2022, 3, 1, 9, tzinfo=datetime.UTC)
    )
    return pagina


@pytest.fixture
def verslag_2024(oekraine):
    """The trainings and coaching of 2024 as the annual report lists them (figures 58, 59)."""
    importeer_vormingen(VERSLAG_2024 / "vormingen.csv")
    importeer_begeleidingen(VERSLAG_2024 / "begeleidingen.csv")


@pytest.fixture
def aangemeld(maak_gebruiker):
    """aangemeld("Juristen") -> a test client logged in as a new member of that group."""

    def login(groep):
        user = maak_gebruiker(f"lid-{abs(hash(groep)) % 10_000}", groep=groep)
        client = Client()
        client.force_login(user)
        client.user = user
        return client

    return login
