"""Generation numbers: a number that retires every cached entry stored under the old one.
After a flush or an eviction the number restarts, and it must never come back as one that
entries (or a process's local copy of the number) still carry."""

import time

import pytest
from django.core.cache import cache

from core import generaties, paginacache

pytestmark = pytest.mark.django_db

SLEUTEL = "test:generatie"


@pytest.fixture(autouse=True)
def lege_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def stilstaande_klok(monkeypatch):
    """Everything below happens within one second: the clock does not move."""
    monkeypatch.setattr(time, "time", lambda: 1_780_000_000.25)
    monkeypatch.setattr(time, "time_ns", lambda: 1_780_000_000_250_000_000)


def test_a_bump_after_a_flush_never_gives_a_number_already_handed_out(stilstaande_klok):
    gezien = {generaties.huidige(SLEUTEL)}
    for _ in range(200):
        cache.clear()  # the shared cache is flushed (or the key evicted)
        nieuw = generaties.verhoog(SLEUTEL)
        assert nieuw not in gezien
        gezien.add(nieuw)
        cache.clear()
        opnieuw = generaties.huidige(SLEUTEL)
        assert opnieuw not in gezien
        gezien.add(opnieuw)


def test_a_bump_always_changes_the_number(stilstaande_klok):
    voor = generaties.huidige(SLEUTEL)
    na = generaties.verhoog(SLEUTEL)
    assert na != voor
    assert generaties.huidige(SLEUTEL) == na


def test_a_publish_after_a_cache_flush_shows_at_once(
    client, home, maak_thema, settings, stilstaande_klok
):
    """The race of issue 12 (finding 10), step by step, within one second: this process
    keeps its local copy of the generation (N, from a publish), the shared cache is flushed,
    a reader stores the home page under N again, an editor publishes the same kind of change
    once more: the next reader must see the new page, not the copy stored under N."""
    settings.PAGINA_CACHE_SECONDEN = 600
    settings.PAGINA_CACHE_GENERATIE_SECONDEN = 600  # the local copy stays in use
    paginacache._lokaal.update(generatie=None, tot=0.0)

    maak_thema("Verblijf")  # the generation this process now holds: N
    assert client.get("/")["X-Paginacache"] == "MISS"
    assert client.get("/")["X-Paginacache"] == "HIT"

    cache.clear()  # Redis flushed or the generation evicted; the local copy N remains
    assert client.get("/")["X-Paginacache"] == "MISS"  # stored again, under N

    maak_thema("Internationaal privaatrecht")

    response = client.get("/")
    assert response["X-Paginacache"] == "MISS"
    assert "Internationaal privaatrecht" in response.content.decode()
