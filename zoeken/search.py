"""The query side of the site search: one function, `zoek`, used by /zoeken/, /api/zoeken/
and the benchmarks.

1. The query goes through the same Dutch analysis as the index (analyse.ontleed_query): an
   expression tree of tokens (stems, compound parts, synonyms). No user text ever reaches a
   query language: the tree is rendered from tokens of letters and digits only.
2. The database finds and ranks candidates (bm25 with field weights: FTS5's own on SQLite,
   the same computed from the weighted tsvector on PostgreSQL; Elasticsearch where
   configured): all words must match; when that finds little, any word may match.
3. The first few hundred candidates are re-ranked in Python: the page's own title or an
   exact phrase in the title first, title and summary above body, recent news before old;
   when any word may match, pages with every word before pages with some, and the
   reader's own words above their synonyms.
4. Snippets are highlighted only for the results on the page.
5. A word that matches nothing is corrected against the index's vocabulary (rapidfuzz):
   "gezinsherniging" searches "gezinshereniging" and the page offers "Bedoelde u ...?".
"""

import datetime
import hashlib
import logging
import math
import re
from dataclasses import dataclass, field

from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.utils.html import escape
from django.utils.safestring import mark_safe
from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from . import analyse, elastic
from .backends import database_backend
from .gedeeld import (
    eerste_treffer,
    kort,
    markeer,
    toets,
    venster_begin,
)
from .index import VRAGEN_TOKEN, generatie, titel_norm, woordenschat
from .models import ZoekDocument
from .promoties import promoties
from .registratie import label, soort, soorten, titelsoorten

logger = logging.getLogger(__name__)

PER_PAGINA = 10
MAX_KANDIDATEN = 1000
MIN_KANDIDATEN = 100
WEINIG = 5  # fewer hits than this with all words: also show pages with some of the words
SNIPPET_LENGTE = 240


def backend():
    es = elastic.backend()
    return es if es is not None else database_backend()


# --- results -------------------------------------------------------------------------------


@dataclass
class Treffer:
    """One thing found: a line of the results, an item of /api/zoeken/."""

    id: int
    titel: str
    url: str
    type: str
    datum: datetime.date | None
    snippet: str = ""
    score: float = 0.0
    gepromoot: bool = False  # put on top by the editors (promoties.py)

    @property
    def type_label(self):
        return label(self.type)

    def als_json(self):
        return {
            "title": self.titel,
            "url": self.url,
            "type": self.type,
            "snippet": str(self.snippet),
            "date": self.datum.isoformat() if self.datum else None,
        }


@dataclass
class Zoekresultaten:
    zoekterm: str
    type: str | None = None
    totaal: int = 0
    per_type: dict = field(default_factory=dict)
    resultaten: list = field(default_factory=list)
    pagina: int = 1
    aantal_paginas: int = 0
    suggestie: str | None = None  # "Bedoelde u ...?"
    gecorrigeerd: bool = False  # the results are those of the suggestion
    # no page holds all the words: the results hold some, the most first, and the page
    # says "Geen pagina bevat alle woorden"
    gedeeltelijk: bool = False
    fout: bool = False  # the backend failed; the page says so instead of a 500

    @property
    def alle_types(self):
        return sum(self.per_type.values())


# --- typo correction ------------------------------------------------------------------------


def _max_afstand(woord):
    return 1 if len(woord) <= 5 else 2 if len(woord) <= 10 else 3


def verbeter_woord(woord: str) -> str | None:
    """The nearest word of the index's vocabulary (Levenshtein), the most frequent among
    equals; None when nothing is near enough."""
    if len(woord) < 4 or not woord.isalpha():
        return None
    woorden, aantal = woordenschat()
    if not woorden or woord in aantal:
        return None
    grens = _max_afstand(woord)
    kandidaten = process.extract(
        woord, woorden, scorer=Levenshtein.distance, score_cutoff=grens, limit=20
    )
    if not kandidaten:
        return None
    kandidaten.sort(key=lambda k: (k[1], -aantal.get(k[0], 0), k[0]))
    return kandidaten[0][0]


def _verbeteringen(query, be):
    """{typed word: corrected word} for every single word of the query without hits."""
    vervang = {}
    for deel in query.delen:
        if len(deel.woorden) != 1:
            continue
        if be.heeft_treffers(deel.expressie):
            continue
        beter = verbeter_woord(deel.woorden[0])
        if beter and beter != deel.woorden[0]:
            vervang[deel.woorden[0]] = beter
    return vervang


def _herschrijf(tekst, vervang):
    def sub(match):
        return vervang.get(analyse.fold(match.group(0)), match.group(0))

    return re.sub(r"[^\W_]+", sub, tekst)


# --- ranking ----------------------------------------------------------------------------------


def _dekking(heel, los, tokens):
    """How much of one query part a page holds: all of it 1, only some parts of a compound
    or phrase 0.5 (the partial-match fallback ranks on this). `heel` and `los` test the
    part and its loosened form (gedeeld.toets)."""
    if heel(tokens):
        return 1.0
    return 0.5 if los(tokens) else 0.0


def _titel_en_vragen(tokens_titel):
    """The title's tokens and those of the FAQ questions stored after them (index.py)."""
    if VRAGEN_TOKEN not in tokens_titel:
        return set(tokens_titel.split()), set()
    tokens = tokens_titel.split()
    if VRAGEN_TOKEN not in tokens:
        return set(tokens), set()
    i = tokens.index(VRAGEN_TOKEN)
    return set(tokens[:i]), set(tokens[i + 1 :])


def _herrangschik(query, kandidaten, rijen, vandaag, gedeeltelijk=False):
    """Scores of the candidates: the database's relevance, normalised, plus what the
    database cannot know (own title, phrase in the title, type, age of news). In the
    partial-match fallback the number of the query's words a page holds comes first."""
    if not kandidaten:
        return []
    hoogste = max((s for _, s in kandidaten), default=1.0) or 1.0
    zin = " ".join(w for d in query.delen for w in d.woorden)
    delen = [toets(d.expressie) for d in query.delen]  # compiled once for all candidates
    letterlijke = [toets(d.letterlijk) for d in query.delen]
    losse = [toets(analyse.los(d.expressie)) for d in query.delen] if gedeeltelijk else []
    uitkomst = []
    for positie, (pk, score) in enumerate(kandidaten):
        rij = rijen.get(pk)
        if rij is None:
            continue
        titel_tokens, vraag_tokens = _titel_en_vragen(rij["tokens_titel"])
        samenvatting_tokens = set(rij["tokens_samenvatting"].split())
        totaal = max(score, 0) / hoogste
        titel_woorden = [w for w in rij["titel_norm"].split() if w not in analyse.STOPWOORDEN]
        if zin and rij["titel_norm"] == zin:
            totaal += 10.0
        elif zin and len(zin) > 3 and f" {zin} " in f" {rij['titel_norm']} ":
            totaal += 1.5
        if delen:
            in_titel = sum(d(titel_tokens) for d in delen) / len(delen)
            in_samenvatting = sum(d(samenvatting_tokens) for d in delen) / len(delen)
            # a question of the page's FAQ: as the title for the database's ranking, here
            # between title and summary (a page named after the words comes first)
            in_vragen = sum(d(vraag_tokens) for d in delen) / len(delen) if vraag_tokens else 0
            totaal += 1.2 * in_titel + 0.8 * max(in_vragen - in_titel, 0) + 0.4 * in_samenvatting
            if in_titel == 1:
                # a short title that is all about the query beats a long one that mentions it
                totaal += 0.6 / (1 + max(len(titel_woorden) - len(delen), 0) / 3)
        alle_woorden, dekking = True, 1.0
        if delen and "tokens_alle" in rij:
            # pages with some of the words (few pages hold them all): those that hold
            # every word come first, whatever else they score; among the others, the more
            # words the better. A word held as typed counts more than one held only
            # through a synonym ("leefloon" = "maatschappelijke integratie").
            alle = rij["tokens_alle"]
            if gedeeltelijk:
                dekking = sum(map(_dekking, delen, losse, [alle] * len(delen))) / len(delen)
            else:
                dekking = sum(d(alle) for d in delen) / len(delen)
            letterlijk = sum(d(alle) for d in letterlijke) / len(delen)
            totaal += 2.0 * dekking + 1.0 * letterlijk
            alle_woorden = dekking == 1
        soort_van_rij = soort(rij["type"])
        totaal += soort_van_rij.gewicht if soort_van_rij else 0.0
        if soort_van_rij and soort_van_rij.recent_eerst and rij["datum"]:
            leeftijd = max((vandaag - rij["datum"]).days, 0)
            totaal += 0.2 * math.exp(-leeftijd / 365)
        voorrang = -round(dekking, 3) if gedeeltelijk else not alle_woorden
        uitkomst.append((pk, totaal, positie, voorrang))
    uitkomst.sort(key=lambda t: (t[3], -t[1], t[2]))
    return [(pk, totaal, positie) for pk, totaal, positie, _ in uitkomst]


def _rijen(ids, met_tekst=False):
    velden = ["id", "type", "datum", "titel_norm", "tokens_titel", "tokens_samenvatting"]
    if met_tekst:
        velden += ["tokens_tekst", "tokens_extra"]
    rijen = {}
    for start in range(0, len(ids), 500):
        for rij in ZoekDocument.objects.filter(pk__in=ids[start : start + 500]).values(*velden):
            if met_tekst:
                rij["tokens_alle"] = set(
                    " ".join(
                        (
                            rij["tokens_titel"],
                            rij["tokens_samenvatting"],
                            rij.pop("tokens_tekst"),
                            rij.pop("tokens_extra"),
                        )
                    ).split()
                )
            rijen[rij["id"]] = rij
    return rijen


# --- snippets (the machinery is shared with the case-law search: gedeeld.py) ---------------


def _kort(tekst, lengte=SNIPPET_LENGTE):
    return kort(" ".join(tekst.split()), lengte)


def maak_snippet(samenvatting, tekst, query_tokens) -> str:
    """A short highlighted extract (safe HTML): the summary when it matches, otherwise the
    stretch of the text around the first match, otherwise the start of the summary."""
    samenvatting = " ".join((samenvatting or "").split())
    tekst = tekst or ""
    if samenvatting:
        html, treffers = markeer(_kort(samenvatting), query_tokens)
        if treffers:
            return mark_safe(html)
    treffer = eerste_treffer(tekst[:50_000], query_tokens)
    if treffer is not None:
        begin = venster_begin(tekst, treffer.start(), SNIPPET_LENGTE)
        stuk = " ".join(tekst[begin : begin + SNIPPET_LENGTE].split())
        einde = " …" if len(tekst) > begin + SNIPPET_LENGTE else ""
        if len(stuk) >= SNIPPET_LENGTE:
            stuk = stuk.rsplit(" ", 1)[0]
        html, _ = markeer(stuk, query_tokens)
        return mark_safe(("… " if begin else "") + html + einde)
    return mark_safe(escape(_kort(samenvatting or tekst)))


# --- direct hits ------------------------------------------------------------------------------

_NUMMER_WOORDEN = {"nr", "nummer", "arrest", "arr", "vonnis", "rolnummer", "beschikking"}
_DIRECTE_ZOEKERS = []


def registreer_directe_zoeker(zoeker) -> None:
    """Let another app answer a query that is one of its identifiers: `zoeker(query)`
    returns the URL to go to, or None. Called from that app's AppConfig.ready()
    (rechtspraak: "RvV 301 234", an ECLI), so the site search reads what only that app
    knows (court abbreviations, number rules) without importing it."""
    if zoeker not in _DIRECTE_ZOEKERS:
        _DIRECTE_ZOEKERS.append(zoeker)


def direct_treffer(zoekterm: str) -> str | None:
    """The URL to go to straight away: the theme page whose title is exactly the query,
    what a registered app recognises as its own identifier (registreer_directe_zoeker), or
    the one indexed thing whose identifier (ECLI, number) is the query."""
    try:
        norm = titel_norm(zoekterm)
        if not norm:
            return None
        url = (
            ZoekDocument.objects.filter(type__in=titelsoorten(), titel_norm=norm)
            .values_list("url", flat=True)
            .first()
        )
        if url:
            return url
        for zoeker in _DIRECTE_ZOEKERS:
            url = zoeker(zoekterm)
            if url:
                return url
        stukken = [s for s in zoekterm.split() if analyse.compact(s) not in _NUMMER_WOORDEN]
        if not stukken or len(stukken) > 3:
            return None
        sleutel = analyse.compact(" ".join(stukken))
        if len(sleutel) < 4 or not any(c.isdigit() for c in sleutel):
            return None
        ids = database_backend().met_sleutel(sleutel)
        if len(ids) == 1:
            return ZoekDocument.objects.filter(pk=ids[0]).values_list("url", flat=True).first()
    except Exception:
        logger.exception("direct_treffer faalde voor %r", zoekterm[:100])
    return None


# --- the search ---------------------------------------------------------------------------------


CACHE_SECONDEN = getattr(settings, "ZOEKEN_CACHE_SECONDEN", 300)


def zoek(
    zoekterm, type=None, pagina=1, per_pagina=PER_PAGINA, snippets=True, gebruik_cache=True
) -> Zoekresultaten:
    """Search the index. Never raises: a failing backend gives an empty result with `fout`.

    The same search (the same words, type, page) within CACHE_SECONDEN is answered from the
    cache, until the index or the synonym list changes (index.generatie): when the law
    changes, many people search the same words at once."""
    zoekterm = str(zoekterm or "")[: analyse.MAX_QUERY_CHARS]
    type = type if type in soorten() else None
    try:
        pagina = max(1, int(pagina))
    except (TypeError, ValueError):
        pagina = 1
    sleutel = None
    if gebruik_cache and CACHE_SECONDEN:
        ruw = repr((zoekterm, type, pagina, per_pagina, snippets, connection.vendor))
        # v2: the cached results hold Treffer objects since issue 13
        sleutel = f"zoeken:v2:{generatie()}:{hashlib.sha1(ruw.encode()).hexdigest()}"
        bewaard = cache.get(sleutel)
        if bewaard is not None:
            return bewaard
    uitkomst = Zoekresultaten(zoekterm=zoekterm, type=type, pagina=pagina)
    query = analyse.ontleed_query(zoekterm)
    if query.leeg:
        return uitkomst
    try:
        _zoek(uitkomst, query, type, pagina, per_pagina, snippets)
    except Exception:
        logger.exception("zoeken faalde voor %r", zoekterm[:100])
        uitkomst.fout = True
        uitkomst.resultaten = []
    if sleutel and not uitkomst.fout:
        cache.set(sleutel, uitkomst, CACHE_SECONDEN)
    return _met_promoties(uitkomst)


def _met_promoties(uitkomst):
    """The editors' promotions for this query first (not cached: a new promotion shows at
    once), on the first page of all results; the same page further down is left out."""
    if uitkomst.type or uitkomst.pagina != 1 or uitkomst.fout:
        return uitkomst
    try:
        gepromoot = promoties(uitkomst.zoekterm)
    except Exception:
        logger.exception("promoties faalden voor %r", uitkomst.zoekterm[:100])
        return uitkomst
    if not gepromoot:
        return uitkomst
    urls = {url for _, url, _, _ in gepromoot}
    eerst = [
        Treffer(0, titel, url, sleutel, None, escape(beschrijving), 0.0, gepromoot=True)
        for titel, url, beschrijving, sleutel in gepromoot
    ]
    rest = [r for r in uitkomst.resultaten if r.url not in urls]
    uitkomst.totaal += len(eerst) - (len(uitkomst.resultaten) - len(rest))
    uitkomst.resultaten = eerst + rest
    uitkomst.aantal_paginas = max(uitkomst.aantal_paginas, 1)
    return uitkomst


def _zoek(uitkomst, query, type, pagina, per_pagina, snippets):
    be = backend()
    expressie = query.expressie("and")
    per_type = be.tel(expressie)
    if sum(per_type.values()) == 0:
        vervang = _verbeteringen(query, be)
        if vervang:
            uitkomst.suggestie = _herschrijf(uitkomst.zoekterm, vervang)
            query = analyse.ontleed_query(uitkomst.zoekterm, vervang)
            expressie = query.expressie("and")
            per_type = be.tel(expressie)
            uitkomst.gecorrigeerd = sum(per_type.values()) > 0
    en_totaal = sum(per_type.values())
    of_modus = en_totaal < WEINIG and len(query.delen) > 1
    if not en_totaal:
        # no page holds all the words: the pages that hold the most of them (a word, or
        # a part of a compound), and the question words only when nothing else is found
        of_modus = True
        expressie = query.ruim()
        per_type = be.tel(expressie)
        if not sum(per_type.values()) and query.vulwoorden:
            expressie = query.ruim(met_vulwoorden=True)
            per_type = be.tel(expressie)
        uitkomst.gedeeltelijk = sum(per_type.values()) > 0
    elif of_modus:
        expressie = query.expressie("or")
        per_type = be.tel(expressie)
    uitkomst.per_type = {t: per_type[t] for t in soorten() if per_type.get(t)}
    totaal = per_type.get(type, 0) if type else sum(per_type.values())
    uitkomst.totaal = totaal
    if not totaal:
        return
    uitkomst.aantal_paginas = math.ceil(min(totaal, MAX_KANDIDATEN) / per_pagina)
    pagina = min(pagina, uitkomst.aantal_paginas)
    uitkomst.pagina = pagina
    limit = min(max(MIN_KANDIDATEN, pagina * per_pagina), MAX_KANDIDATEN)
    kandidaten = be.kandidaten(expressie, type, limit, aantal=totaal)
    rijen = _rijen([pk for pk, _ in kandidaten], met_tekst=of_modus)
    volgorde = _herrangschik(
        query, kandidaten, rijen, datetime.date.today(), gedeeltelijk=uitkomst.gedeeltelijk
    )
    op_pagina = volgorde[(pagina - 1) * per_pagina : pagina * per_pagina]
    uitkomst.resultaten = _resultaten(op_pagina, query, snippets)


def _resultaten(op_pagina, query, snippets):
    ids = [pk for pk, _, _ in op_pagina]
    velden = ["id", "titel", "url", "type", "datum"]
    if snippets:
        velden += ["samenvatting", "tekst"]
    docs = {d["id"]: d for d in ZoekDocument.objects.filter(pk__in=ids).values(*velden)}
    query_tokens = set(query.tokens())
    resultaten = []
    for pk, score, _ in op_pagina:
        d = docs.get(pk)
        if not d:
            continue
        snippet = maak_snippet(d["samenvatting"], d["tekst"], query_tokens) if snippets else ""
        resultaten.append(Treffer(pk, d["titel"], d["url"], d["type"], d["datum"], snippet, score))
    return resultaten


# --- autocomplete -------------------------------------------------------------------------------


def suggesties(zoekterm, limit=8) -> list[dict]:
    """Titles of theme pages (the kinds whose title opens them) for the search box: titles that contain every typed word
    (the last one as a prefix) first, then theme pages the search finds."""
    try:
        ws = analyse.woorden(str(zoekterm or "")[:100])[:6]
        if not ws or sum(len(w) for w in ws) < 2:
            return []
        qs = ZoekDocument.objects.filter(type__in=titelsoorten())
        for w in ws:
            qs = qs.filter(titel_norm__contains=w)
        rijen = list(qs.values_list("titel", "url", "titel_norm")[:200])
        eerste = ws[0]
        rijen.sort(
            key=lambda r: (
                not r[2].startswith(eerste),
                not any(t.startswith(eerste) for t in r[2].split()),
                len(r[2]),
                r[2],
            )
        )
        uit = [{"title": titel, "url": url} for titel, url, _ in rijen[:limit]]
        if len(uit) < limit and len(" ".join(ws)) >= 3:
            gezien = {u["url"] for u in uit}
            for type in titelsoorten():
                for r in zoek(zoekterm, type=type, per_pagina=limit, snippets=False).resultaten:
                    if r.url not in gezien and len(uit) < limit:
                        uit.append({"title": r.titel, "url": r.url})
                        gezien.add(r.url)
        return uit
    except Exception:
        logger.exception("suggesties faalden voor %r", str(zoekterm)[:100])
        return []
