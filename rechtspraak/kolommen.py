"""The few small columns every case-law search needs, in memory, as numpy arrays.

Counting five facets, each with the other facets' filters applied, and ordering the
matches, took several GROUP BY queries over the judgments table per search: 100 to 300 ms
at 100,000 judgments on SQLite. Here the live judgments' instantie, jaar, soort, taal,
decision date, themes and date order sit in arrays of a few bytes a judgment (about 2 MB
at 100,000); a search asks the database only which judgments match its words (the
full-text index), and filters, counts and orders those in numpy, in a few milliseconds.

The arrays are built from the database once per generation (indexering.generatie, which
changes whenever a judgment does), kept per process and shared between processes through
the cache (Redis in production), so one process pays the build after a change."""

import datetime
import threading
import time
from dataclasses import dataclass

import numpy as np
from django.core.cache import cache, caches
from django.core.cache.backends.dummy import DummyCache
from django.core.cache.backends.locmem import LocMemCache
from django.db import connection

from .indexering import generatie

ENKELVOUDIG = ("instantie", "jaar", "soort", "taal")
VERSIE = 2  # raise when the columns change (2: datum)
# Without a shared cache (no REDIS_URL) each process has its own generation number and does
# not hear of another process's changes: its copy is then rebuilt after this many seconds.
TTL_ZONDER_GEDEELDE_CACHE = 60
_lock = threading.Lock()
_geheugen = {}


@dataclass
class Kolommen:
    """Position i is the i-th live judgment by id; every facet column holds, per position,
    the index of its value in `waarden[facet]`."""

    ids: np.ndarray  # int64, ascending
    codes: dict  # facet -> int16 array of value indexes
    waarden: dict  # facet -> list of values (instantie pk, jaar, soort code, ...)
    volgorde: np.ndarray  # positions, newest first (datum DESC, id DESC)
    datum_rang: np.ndarray  # per position: its place in `volgorde`
    thema_positie: np.ndarray  # one row per (judgment, theme): the judgment's position
    thema_code: np.ndarray  # ... and the theme's index in waarden["thema"]
    datum: np.ndarray  # int32 per position: the decision date as a proleptic ordinal

    @property
    def aantal(self):
        return len(self.ids)

    def posities(self, ids) -> np.ndarray:
        """Boolean mask of the judgments among `ids` (ids of drafts are ignored)."""
        masker = np.zeros(self.aantal, dtype=bool)
        ids = np.asarray(ids, dtype=np.int64)
        if len(ids) and self.aantal:
            plek = np.searchsorted(self.ids, ids)
            plek = np.minimum(plek, self.aantal - 1)
            masker[plek[self.ids[plek] == ids]] = True
        return masker

    def filter(self, facet, gekozen) -> np.ndarray:
        """Mask of the judgments with one of the chosen values of a facet."""
        index = {w: i for i, w in enumerate(self.waarden[facet])}
        codes = [index[w] for w in gekozen if w in index]
        if facet == "thema":
            masker = np.zeros(self.aantal, dtype=bool)
            masker[self.thema_positie[np.isin(self.thema_code, codes)]] = True
            return masker
        return np.isin(self.codes[facet], codes)

    def tel(self, facet, masker) -> dict:
        """{value: count} of a facet over the judgments in the mask (zero counts left out)."""
        if facet == "thema":
            codes = self.thema_code[masker[self.thema_positie]]
        else:
            codes = self.codes[facet][masker]
        tellingen = np.bincount(codes, minlength=len(self.waarden[facet]))
        return {self.waarden[facet][i]: int(tellingen[i]) for i in np.flatnonzero(tellingen)}

    def tussen(self, van=None, tot=None) -> np.ndarray:
        """Mask of the judgments decided from `van` up to and including `tot` (dates; either
        may be None)."""
        masker = np.ones(self.aantal, dtype=bool)
        if van is not None:
            masker &= self.datum >= van.toordinal()
        if tot is not None:
            masker &= self.datum <= tot.toordinal()
        return masker

    def op_datum(self, masker, offset, limit, oudste=False) -> list:
        """Ids of the judgments in the mask, newest (or oldest) first, one page."""
        volgorde = self.volgorde[::-1] if oudste else self.volgorde
        posities = volgorde[masker[volgorde]][offset : offset + limit]
        return [int(i) for i in self.ids[posities]]


def kolommen() -> Kolommen:
    # VERSIE: part of the key, so a copy in Redis pickled by older code (without a newer
    # column) is never read back after a deploy
    sleutel = (
        f"rechtspraak:kolommen:{VERSIE}:{connection.vendor}:"
        f"{connection.settings_dict['NAME']}:{generatie()}"
    )
    if _geldig(sleutel):
        return _geheugen["kolommen"]
    with _lock:
        if _geldig(sleutel):
            return _geheugen["kolommen"]
        gedeeld = gedeelde_cache()
        gevonden = cache.get(sleutel) if gedeeld else None
        if gevonden is None:
            gevonden = bouw()
            if gedeeld:
                cache.set(sleutel, gevonden, 24 * 3600)
        _geheugen.update(sleutel=sleutel, kolommen=gevonden, sinds=time.monotonic())
    return gevonden


def gedeelde_cache() -> bool:
    """Is the default cache shared between processes (Redis), not local memory?"""
    return not isinstance(caches["default"], (LocMemCache, DummyCache))


def _geldig(sleutel):
    if _geheugen.get("sleutel") != sleutel:
        return False
    if gedeelde_cache():
        return True
    return time.monotonic() - _geheugen["sinds"] < TTL_ZONDER_GEDEELDE_CACHE


def _codes(kolom):
    """(value list, int16 index array) of a column of values."""
    waarden, codes = np.unique(np.asarray(kolom, dtype=object), return_inverse=True)
    return [w.item() if hasattr(w, "item") else w for w in waarden], codes.astype(np.int16)


def bouw() -> Kolommen:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT id, instantie_id, jaar, soort, taal, datum FROM rechtspraak_uitspraak "
            "WHERE live = %s ORDER BY id",
            [True],
        )
        rijen = cursor.fetchall()
        cursor.execute(
            "SELECT id FROM rechtspraak_uitspraak WHERE live = %s ORDER BY datum DESC, id DESC",
            [True],
        )
        op_datum = np.fromiter((r[0] for r in cursor.fetchall()), dtype=np.int64)
        cursor.execute(
            "SELECT t.uitspraak_id, t.themapagina_id FROM rechtspraak_uitspraak_themas t "
            "JOIN rechtspraak_uitspraak u ON u.id = t.uitspraak_id WHERE u.live = %s",
            [True],
        )
        koppelingen = cursor.fetchall()
    ids = np.fromiter((r[0] for r in rijen), dtype=np.int64, count=len(rijen))
    datums = np.fromiter((_ordinaal(r[5]) for r in rijen), dtype=np.int32, count=len(rijen))
    codes, waarden = {}, {}
    for i, facet in enumerate(ENKELVOUDIG, start=1):
        waarden[facet], codes[facet] = _codes([r[i] for r in rijen]) if rijen else ([], None)
        if codes[facet] is None:
            codes[facet] = np.zeros(0, dtype=np.int16)
    if koppelingen:
        waarden["thema"], thema_code = _codes([k[1] for k in koppelingen])
        thema_ids = np.fromiter((k[0] for k in koppelingen), dtype=np.int64)
    else:
        waarden["thema"], thema_code = [], np.zeros(0, dtype=np.int16)
        thema_ids = np.zeros(0, dtype=np.int64)
    volgorde = np.searchsorted(ids, op_datum)
    datum_rang = np.empty(len(ids), dtype=np.int64)
    datum_rang[volgorde] = np.arange(len(ids))
    return Kolommen(
        ids=ids,
        codes=codes,
        waarden=waarden,
        volgorde=volgorde,
        datum_rang=datum_rang,
        thema_positie=np.searchsorted(ids, thema_ids),
        thema_code=thema_code,
        datum=datums,
    )


def _ordinaal(datum):
    # SQLite's cursor may hand back the ISO text, PostgreSQL a date
    if isinstance(datum, str):
        datum = datetime.date.fromisoformat(datum[:10])
    return datum.toordinal()


def wis():
    """Forget the in-process copy (tests)."""
    _geheugen.clear()
