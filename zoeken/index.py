"""The site search index: every searchable thing of every app, kept in step on publish,
unpublish and delete.

Each entry is a row of `ZoekDocument` with the text as shown (for snippets) and the tokens of
the Dutch analysis per field (titel, samenvatting, tekst, extra), so that ranking can weigh a
title above a body. The database matches the tokens (FTS5 on SQLite, a weighted tsvector on
PostgreSQL; see models.py); with ELASTICSEARCH_URL set the same tokens also go to an
Elasticsearch index (elastic.py).

Other apps call `indexeer_document` / `verwijder_document` (rechtspraak for judgments);
`indexeer_documenten` is the bulk variant for rebuilds and benchmarks.
"""

import datetime
import logging
import threading
import time

from django.db import transaction

from core import generaties

from . import analyse, elastic
from .models import ZoekDocument, ZoekWoord
from .registratie import soorten

logger = logging.getLogger(__name__)

MAX_TEKST = 200_000  # characters of body text kept and analysed per document
_IDENTIFIER_SPLIT = analyse.re.compile(r"[\s;,|]+")


def _extra_tokens(extra_termen: str) -> list[str]:
    """Identifiers as typed and as parts: ECLI:BE:RVV:2024:ARR.301234 gives the compact form
    eclibervv2024arr301234 and the tokens ecli, be, rvv, 2024, arr, 301234."""
    tokens = analyse.analyseer(extra_termen)
    for stuk in _IDENTIFIER_SPLIT.split(extra_termen or ""):
        vorm = analyse.compact(stuk)
        if vorm and vorm not in tokens:
            tokens.append(vorm)
    return tokens


VRAGEN_TOKEN = "xvragen"
TOKENVELDEN = ("tokens_titel", "tokens_samenvatting", "tokens_tekst", "tokens_extra")


def _vraag_tokens(vragen: str) -> list[str]:
    tokens = analyse.analyseer(vragen or "")
    return [VRAGEN_TOKEN, *tokens] if tokens else []


def type_token(type: str) -> str:
    return f"xtype{type}"


def titel_norm(titel: str) -> str:
    """A title as compared for direct hits: folded words separated by one space."""
    return " ".join(analyse.woorden(titel))[:500]


def _velden(type, titel, url, samenvatting, tekst, datum, extra_termen, vragen=""):
    if type not in soorten():
        raise ValueError(f"onbekend type {type!r}; kies uit {', '.join(soorten())}")
    if isinstance(datum, datetime.datetime):
        datum = datum.date()
    titel = (titel or "").strip()[:500]
    samenvatting = samenvatting or ""
    tekst = (tekst or "")[:MAX_TEKST]
    velden = {
        "type": type,
        "titel": titel,
        "titel_norm": titel_norm(titel),
        "url": (url or "")[:500],
        "samenvatting": samenvatting,
        "tekst": tekst,
        "datum": datum,
        "extra_termen": extra_termen or "",
        # the questions of a page's FAQ blocks, as readers ask them, are matched and
        # weighed as its title; after VRAGEN_TOKEN, so the re-ranking can tell them apart
        "tokens_titel": " ".join(analyse.analyseer(titel) + _vraag_tokens(vragen)),
        "tokens_samenvatting": " ".join(analyse.analyseer(samenvatting)),
        "tokens_tekst": " ".join(analyse.analyseer(tekst)),
        # the type as a token too: the FTS index filters and counts per type without a join
        "tokens_extra": " ".join([*_extra_tokens(extra_termen), type_token(type)]),
    }
    velden["lengte"] = lengte(velden)
    return velden


def lengte(velden) -> int:
    """The number of tokens of a document's four token fields (BM25's document length)."""
    return sum(len(velden[k].split()) for k in TOKENVELDEN)


def _woorden_van(*teksten) -> set[str]:
    return {
        w
        for tekst in teksten
        for w in analyse.woorden(tekst)
        if 3 <= len(w) <= 40 and w.isalpha() and w not in analyse.STOPWOORDEN
    }


# --- vocabulary (for typo correction) ----------------------------------------------------

_vocab_lock = threading.Lock()
_vocab = {"woorden": None, "aantal": None, "geladen": 0.0}
VOCAB_TTL = 300  # seconds: other processes' new words show up within this time


def wis_woordenschat_cache():
    _vocab["woorden"] = None


def woordenschat():
    """(list of words, {word: number of documents}) of the whole index, cached."""
    if _vocab["woorden"] is None or time.monotonic() - _vocab["geladen"] > VOCAB_TTL:
        with _vocab_lock:
            rijen = list(ZoekWoord.objects.values_list("woord", "aantal"))
            _vocab["aantal"] = dict(rijen)
            _vocab["woorden"] = [w for w, _ in rijen]
            _vocab["geladen"] = time.monotonic()
    return _vocab["woorden"], _vocab["aantal"]


def _bewaar_woorden(woorden, tellingen=None):
    bekend = _vocab["aantal"] or {}
    nieuw = [w for w in woorden if w not in bekend]
    if not nieuw and not tellingen:
        return
    if tellingen:
        objs = [ZoekWoord(woord=w, aantal=n) for w, n in tellingen.items()]
        ZoekWoord.objects.bulk_create(
            objs,
            batch_size=2000,
            update_conflicts=True,
            unique_fields=["woord"],
            update_fields=["aantal"],
        )
    else:
        ZoekWoord.objects.bulk_create(
            [ZoekWoord(woord=w) for w in nieuw], batch_size=2000, ignore_conflicts=True
        )
    wis_woordenschat_cache()


# --- generation: part of the key of every cached search result ------------------------------

GENERATIE_SLEUTEL = "zoeken:generatie"


def generatie() -> int:
    return generaties.huidige(GENERATIE_SLEUTEL)


def _verhoog_generatie() -> None:
    generaties.verhoog(GENERATIE_SLEUTEL)


def na_wijziging() -> None:
    """The index (or the synonym list) changed: cached search results retire now, and
    again once the change is committed (a search in between could cache the old state)."""
    generaties.nu_en_na_commit(_verhoog_generatie)


# --- writing -------------------------------------------------------------------------------


def indexeer_document(
    *,
    bron: str,
    sleutel: str,
    type: str,
    titel: str,
    url: str,
    samenvatting: str = "",
    tekst: str = "",
    datum: datetime.date | None = None,
    extra_termen: str = "",
    vragen: str = "",
) -> None:
    """Add or replace the entry (bron, sleutel), e.g. ("rechtspraak.uitspraak", "123").

    `extra_termen` holds identifiers that must be findable as typed (ECLI, number, court
    abbreviation), separated by spaces, commas or semicolons. `vragen` holds the questions
    of the page's FAQ, one per line: they are matched and ranked as its title."""
    velden = _velden(type, titel, url, samenvatting, tekst, datum, extra_termen, vragen)
    with transaction.atomic():
        doc, _ = ZoekDocument.objects.update_or_create(
            bron=bron, sleutel=str(sleutel), defaults=velden
        )
        _bewaar_woorden(_woorden_van(titel, samenvatting, tekst))
    na_wijziging()
    _elastic_na(lambda es: es.indexeer([doc]))


def verwijder_document(*, bron: str, sleutel: str) -> None:
    """Remove the entry (bron, sleutel) if it exists."""
    ids = list(
        ZoekDocument.objects.filter(bron=bron, sleutel=str(sleutel)).values_list("pk", flat=True)
    )
    if ids:
        ZoekDocument.objects.filter(pk__in=ids).delete()
        na_wijziging()
        _elastic_na(lambda es: es.verwijder(ids))


def indexeer_documenten(documenten, *, batch=1000) -> int:
    """Bulk indexing: an iterable of dicts with the keyword arguments of
    `indexeer_document`. Existing entries with the same (bron, sleutel) are replaced.
    Returns the number of documents written. The vocabulary counts are recomputed for
    the words seen."""
    tellingen: dict[str, int] = {}
    totaal = 0
    rij = []

    def schrijf(rij):
        with transaction.atomic():
            sleutels = {(d.bron, d.sleutel) for d in rij}
            bronnen = {b for b, _ in sleutels}
            for bron in bronnen:
                ZoekDocument.objects.filter(
                    bron=bron, sleutel__in=[s for b, s in sleutels if b == bron]
                ).delete()
            ZoekDocument.objects.bulk_create(rij, batch_size=500)

    for kwargs in documenten:
        kwargs = dict(kwargs)
        bron = kwargs.pop("bron")
        sleutel = str(kwargs.pop("sleutel"))
        velden = _velden(
            kwargs.get("type"),
            kwargs.get("titel", ""),
            kwargs.get("url", ""),
            kwargs.get("samenvatting", ""),
            kwargs.get("tekst", ""),
            kwargs.get("datum"),
            kwargs.get("extra_termen", ""),
            kwargs.get("vragen", ""),
        )
        for w in _woorden_van(velden["titel"], velden["samenvatting"], velden["tekst"]):
            tellingen[w] = tellingen.get(w, 0) + 1
        rij.append(ZoekDocument(bron=bron, sleutel=sleutel, **velden))
        if len(rij) >= batch:
            schrijf(rij)
            totaal += len(rij)
            rij = []
    if rij:
        schrijf(rij)
        totaal += len(rij)
    if tellingen:
        with transaction.atomic():
            _bewaar_woorden(tellingen, tellingen)
    na_wijziging()
    if _elastic() is not None:
        _elastic_na(lambda es: es.herbouw(ZoekDocument.objects.all()))
    return totaal


def leeg_index(bron: str | None = None) -> int:
    """Remove every entry (of one source, or all). Returns how many were removed."""
    qs = ZoekDocument.objects.all()
    if bron:
        qs = qs.filter(bron=bron)
    aantal, _ = qs.delete()
    na_wijziging()
    if not bron:
        ZoekWoord.objects.all().delete()
        wis_woordenschat_cache()
    return aantal


# --- Elasticsearch (optional) --------------------------------------------------------------


def _elastic():
    return elastic.backend()


def _elastic_na(actie):
    """Run an Elasticsearch update after the database transaction commits; a cluster that
    is down must not break publishing (the database index stays the source of truth)."""
    es = _elastic()
    if es is None:
        return

    def run():
        try:
            actie(es)
        except Exception:
            logger.exception("Elasticsearch-zoekindex kon niet bijgewerkt worden")

    transaction.on_commit(run)
