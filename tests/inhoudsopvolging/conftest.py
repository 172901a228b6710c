import pytest
from django.test import Client


@pytest.fixture
def aangemeld_als(maak_gebruiker):
    """aangemeld_als("Redacteurs") -> a test client logged in as a new member of that group."""

    def login(groep):
        user = maak_gebruiker(f"opvolging-{abs(hash(groep)) % 10_000}", groep=groep)
        client = Client()
        client.force_login(user)
        return client

    return login
