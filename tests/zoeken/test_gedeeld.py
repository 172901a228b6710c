"""The machinery both search engines share (zoeken.gedeeld): one snippet maker
that the site search and the case-law search call, each with its own length."""

from types import SimpleNamespace

import pytest

from rechtspraak import search as rechtspraak
from zoeken import gedeeld
from zoeken import search as site
from zoeken.analyse import analyseer_query

LANG = " ".join(["Een zin over iets anders."] * 40)
TEKST = f"{LANG} De aanvraag tot gezinshereniging werd geweigerd. {LANG}"


def test_both_engines_mark_with_the_one_shared_machinery():
    # the copies (_markeer, the word-token caches) are gone from both engines
    for engine in (site, rechtspraak):
        assert not hasattr(engine, "_markeer")
        assert not hasattr(engine, "_venster")
    tokens = analyseer_query("gezinshereniging")
    html, aantal = gedeeld.markeer(TEKST, set(tokens))
    assert aantal == 1 and "<mark>gezinshereniging</mark>" in html

    van_site = site.maak_snippet("", TEKST, set(tokens))
    van_rechtspraak = rechtspraak.maak_snippet(
        SimpleNamespace(samenvatting="", tekst=TEKST), tokens
    )
    for snippet in (van_site, van_rechtspraak):
        assert snippet.startswith("… ") and snippet.endswith(" …")
        assert "<mark>gezinshereniging</mark>" in snippet
    # each engine keeps its own length: 240 characters on the site, 260 for judgments
    kaal = [
        s.replace("<mark>", "").replace("</mark>", "")[2:-2] for s in (van_site, van_rechtspraak)
    ]
    assert len(kaal[0]) <= site.SNIPPET_LENGTE < len(kaal[1]) <= rechtspraak.SNIPPET_LENGTE


@pytest.mark.parametrize(
    "vendor, databank",
    [("sqlite", "sqlite"), ("postgresql", "postgresql"), ("mysql", ""), ("oracle", "")],
)
def test_the_vendor_is_decided_in_one_place(vendor, databank):
    assert gedeeld.databank(vendor) == databank


@pytest.mark.parametrize(
    "vendor, site_backend, rechtspraak_index",
    [
        ("sqlite", "SQLiteBackend", "Fts5Index"),
        ("postgresql", "PostgresBackend", "TsvectorIndex"),
        ("mysql", "PythonBackend", "LikeIndex"),
    ],
)
def test_both_engines_take_the_vendor_from_that_place(
    monkeypatch, vendor, site_backend, rechtspraak_index
):
    from django.db import connection

    monkeypatch.setattr(connection, "vendor", vendor)
    assert type(site.database_backend()).__name__ == site_backend
    assert type(rechtspraak.DatabaseEngine().index).__name__ == rechtspraak_index
