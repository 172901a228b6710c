"""Factories for the juridesk tests: values by list and code, questions, logged-in clients."""

import datetime
from zoneinfo import ZoneInfo

import pytest
from django.test import Client

from juridesk.models import Vraag, Waarde

BRUSSEL = ZoneInfo("Europe/Brussels")


@pytest.fixture
def waarde(db):
    """waarde("regio", "antwerpen") -> the seeded Waarde."""

    def get(lijst, code):
        return Waarde.objects.get(lijst=lijst, code=code)

    return get


@pytest.fixture
def maak_vraag(db, waarde):
    """maak_vraag("2024-03-05", regio="antwerpen", themas=["verblijfsrecht-gezinshereniging"])."""

    def maak(datum, themas=(), jurist=None, **codes):
        if isinstance(datum, str):
            datum = datetime.date.fromisoformat(datum)
        if not isinstance(datum, datetime.datetime):
            datum = datetime.datetime.combine(datum, datetime.time(10, 0), tzinfo=BRUSSEL)
        velden = {naam: waarde(naam, code) for naam, code in codes.items() if code}
        vraag = Vraag(datum=datum, jurist=jurist, **velden)
        vraag.save()
        vraag.zet_themas([waarde("thema", code) for code in themas])
        return vraag

    return maak


@pytest.fixture
def aangemeld(maak_gebruiker):
    """aangemeld("Juristen") -> a test client logged in as a new member of that group."""

    def login(groep, username=None):
        user = maak_gebruiker(username or f"gebruiker-{abs(hash(groep)) % 10_000}", groep=groep)
        client = Client()
        client.force_login(user)
        client.user = user
        return client

    return login
