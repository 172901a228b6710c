"""Search in the case-law database: one entry point, `zoek(vraag)`, two engines.

- The database (default): the database's own full-text index over the analysed tokens
  (SQLite FTS5, migration 0002; PostgreSQL tsvectors + GIN, migration 0007) says which
  judgments match the words; the in-memory columns (kolommen.py) filter, count and order
  them. Each facet is counted with the OTHER facets' filters applied.
- Elasticsearch when settings.ELASTICSEARCH_URL is set (documents.py, a FacetedSearch).

Both answer a `Zoekvraag` with a `Zoekantwoord` (zoekvraag.py: count, ids of the page, facet
counts keyed by internal value, optional highlights); this module turns it into the
`Zoekuitkomst` the views and the API show.
Every user input is sanitised on the way in (zoekvraag.py: the question read from the URL):
whatever the URL holds, a search answers normally."""

import hashlib
import html
import re
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.utils.safestring import mark_safe

from core.zoekvector import ophalen
from kennisbank.models import ThemaPagina
from zoeken import gedeeld
from zoeken.analyse import En, Term, analyseer

from .documents import ElasticsearchEngine
from .ecli import LIJKT_OP_ECLI, ecli_fout, normaliseer_ecli, normaliseer_nummer
from .indexering import generatie
from .kolommen import kolommen
from .models import Instantie, Soort, Taal, Uitspraak, thema_pad
from .zoekvraag import FACETTEN, Zoekantwoord, Zoekvraag, _schoon

PER_PAGINA = 20
CACHE_SECONDEN = getattr(settings, "RECHTSPRAAK_ZOEK_CACHE_SECONDEN", 300)


# --------------------------------------------------------------------------------------
# Straight to a judgment: ECLI or number
# --------------------------------------------------------------------------------------
def vind_rechtstreeks(q):
    """(judgment, message) for a query that is an ECLI or a judgment number."""
    q = _schoon(q)[:100]
    if not q:
        return None, None
    live = Uitspraak.objects.filter(live=True)
    if LIJKT_OP_ECLI.match(q):
        ecli = normaliseer_ecli(q)
        fout = ecli_fout(ecli)
        if fout:
            return None, f"'{q}' is geen geldige ECLI: {fout}."
        uitspraak = live.filter(ecli=ecli).first()
        if uitspraak:
            return uitspraak, None
        return None, f"Er staat geen uitspraak met ECLI {ecli} in de databank."
    instantie, rest = None, q
    for inst in sorted(Instantie.objects.all(), key=lambda i: -len(i.afkorting)):
        for sleutel in {inst.afkorting, inst.code}:
            if re.match(rf"^{re.escape(sleutel)}(\s|$|[.,:]\s*)", q, flags=re.I):
                instantie, rest = inst, q[len(sleutel) :].strip(" .,:")
                break
        if instantie:
            break
    met_woord = bool(
        re.match(r"^(arrest|arr\.?|vonnis|beschikking|nr\.?|nummer|n°|no\.)", rest, re.I)
    )
    nummer = normaliseer_nummer(rest)
    cijfers = sum(c.isdigit() for c in nummer)
    if not nummer or not cijfers or len(rest) > 30:
        return None, None
    if not (instantie or met_woord) and (cijfers < 5 or not re.fullmatch(r"[\d .\-/]+", rest)):
        return None, None  # "2024" is a year, "artikel 3" is words: search for them
    kandidaten = live.filter(nummer_norm=nummer)
    if instantie:
        kandidaten = kandidaten.filter(instantie=instantie)
    kandidaten = list(kandidaten[:2])
    if len(kandidaten) == 1:
        return kandidaten[0], None
    return None, None


def directe_url(q) -> str | None:
    """The judgment's address for a query that is its ECLI or number, else None: what the
    site search in the header asks (registered in apps.py)."""
    uitspraak, _melding = vind_rechtstreeks(q)
    return uitspraak.get_url() if uitspraak else None


# --------------------------------------------------------------------------------------
# Engines
# --------------------------------------------------------------------------------------
T_UITSPRAAK = "rechtspraak_uitspraak"
T_FTS = "rechtspraak_uitspraak_fts"  # SQLite (migration 0002)
T_VECTOR = "rechtspraak_zoekvector"  # PostgreSQL (migration 0007)
# Up to this many matches the database ranks them all (bm25 / ts_rank); beyond it, ranking
# every match of a common word costs more than a search may take, so matches in the title,
# summary, keywords or legislation come first, then the others, newest first in each.
EXACT_GRENS = {"sqlite": 10_000, "postgresql": 2_000}


def _als_like(expressie):
    """The expression as LIKE conditions (databases without a full-text index: slow)."""
    if isinstance(expressie, Term):
        return "(u.zoek_kop LIKE %s OR u.zoek_tekst LIKE %s)", [f"%{expressie.token}%"] * 2
    delen = [_als_like(d) for d in expressie.delen]
    operator = " AND " if isinstance(expressie, En) else " OR "
    return "(" + operator.join(sql for sql, _ in delen) + ")", [p for _, ps in delen for p in ps]


class Fts5Index:
    """SQLite: the FTS5 table of migration 0002, its rowid the judgment's id."""

    rangschikt_alle_treffers = True  # bm25 cannot rank a subset cheaply: all matches

    def ids_sql(self, expressie):
        return f"SELECT rowid FROM {T_FTS} WHERE {T_FTS} MATCH %s", [gedeeld.als_fts5(expressie)]

    def ids(self, expressie, alleen_kop):
        match = gedeeld.als_fts5(expressie)
        if alleen_kop:
            match = f"{{zoek_kop}} : {match}"
        with connection.cursor() as cursor:
            # one string instead of a row per match: 7 ms instead of 35 for 75,000
            cursor.execute(
                f"SELECT group_concat(rowid) FROM {T_FTS} WHERE {T_FTS} MATCH %s", [match]
            )
            tekst = cursor.fetchone()[0]
        return np.array(tekst.split(","), dtype=np.int64) if tekst else np.zeros(0)

    def scores(self, expressie, ids):
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT rowid, -bm25({T_FTS}, 5.0, 1.0) FROM {T_FTS} WHERE {T_FTS} MATCH %s",
                [gedeeld.als_fts5(expressie)],
            )
            return dict(cursor.fetchall())


class TsvectorIndex:
    """PostgreSQL: the tsvectors of migration 0007 (GIN indexes)."""

    rangschikt_alle_treffers = False

    def ids_sql(self, expressie):
        return (
            f"SELECT id FROM {T_VECTOR} WHERE alles @@ to_tsquery('simple', %s)",
            [gedeeld.als_tsquery(expressie)],
        )

    def ids(self, expressie, alleen_kop):
        (ids,) = ophalen(
            f"SELECT array_agg(id) FROM {T_VECTOR} "
            f"WHERE {'kop' if alleen_kop else 'alles'} @@ to_tsquery('simple', %s)",
            [gedeeld.als_tsquery(expressie)],
            een=True,
            binair=True,
        )
        return np.array(ids or [], dtype=np.int64)

    def scores(self, expressie, ids):
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT id, ts_rank(alles, to_tsquery('simple', %s)) FROM {T_VECTOR} "
                "WHERE id = ANY(%s)",
                [gedeeld.als_tsquery(expressie), [int(i) for i in ids]],
            )
            return dict(cursor.fetchall())


class LikeIndex:
    """Any other database: no full-text index, LIKE over the analysed tokens; no ranking."""

    rangschikt_alle_treffers = False

    def ids_sql(self, expressie):
        sql, params = _als_like(expressie)
        return f"SELECT u.id FROM {T_UITSPRAAK} u WHERE {sql}", params

    def ids(self, expressie, alleen_kop):
        with connection.cursor() as cursor:
            cursor.execute(*self.ids_sql(expressie))
            return np.array([r[0] for r in cursor.fetchall()], dtype=np.int64)

    def scores(self, expressie, ids):
        return {}


INDEXEN = {"sqlite": Fts5Index, "postgresql": TsvectorIndex, "": LikeIndex}


class DatabaseEngine:
    """The database finds the judgments that match the words (its full-text index); the
    in-memory columns (kolommen.py) filter, count and order them."""

    naam = "database"

    def __init__(self, vendor=None):
        self.vendor = gedeeld.databank(vendor)
        self.index = INDEXEN[self.vendor]()

    def ids_sql(self, expressie):
        """(SELECT of the ids of the judgments, drafts included, whose tokens satisfy the
        query expression; params): a subquery for `pk__in=RawSQL(...)`."""
        return self.index.ids_sql(expressie)

    def tekst_ids(self, expressie, alleen_kop=False):
        """Ids of the judgments (drafts included) that match; alleen_kop: in the title,
        summary, keywords, legislation or identifiers."""
        return self.index.ids(expressie, alleen_kop)

    def scores(self, expressie, ids):
        """{id: score}, higher is more relevant, for the given ids (all matches on SQLite,
        whose full-text index cannot rank a subset cheaply)."""
        return self.index.scores(expressie, ids)

    def zoek(self, vraag, offset, limit):
        k = kolommen()
        expressie = vraag.expressie
        filters = {naam: k.filter(naam, waarden) for naam, waarden in vraag.filters().items()}
        basis = (
            k.posities(self.tekst_ids(expressie))
            if expressie is not None
            else np.ones(k.aantal, dtype=bool)
        )
        if vraag.heeft_periode:
            basis = basis & k.tussen(vraag.van, vraag.tot)
        facetten = {}
        for facet in FACETTEN:
            masker = basis
            for naam, filter_masker in filters.items():
                if naam != facet:
                    masker = masker & filter_masker
            facetten[facet] = k.tel(facet, masker)
        alles = basis
        for filter_masker in filters.values():
            alles = alles & filter_masker
        aantal = int(np.count_nonzero(alles))
        sortering = vraag.effectieve_sortering
        if offset >= aantal:
            ids = []
        elif sortering != "relevantie" or expressie is None:
            ids = k.op_datum(alles, offset, limit, oudste=sortering == "oudste")
        else:
            ids = self._op_relevantie(k, expressie, basis, alles, offset, limit)
        return Zoekantwoord(aantal=aantal, ids=ids, facetten=facetten)

    def _op_relevantie(self, k, expressie, basis, alles, offset, limit):
        grens = EXACT_GRENS.get(self.vendor, 0)
        posities = np.flatnonzero(alles)
        omvang = np.count_nonzero(basis) if self.index.rangschikt_alle_treffers else len(posities)
        if omvang <= grens:
            scores = self.scores(expressie, k.ids[posities])
            score = np.array([scores.get(int(i), 0.0) for i in k.ids[posities]])
        else:
            score = k.posities(self.tekst_ids(expressie, alleen_kop=True))[posities] * 1.0
        # most relevant first, then newest first
        volgorde = np.lexsort((k.datum_rang[posities], -score))
        return [int(i) for i in k.ids[posities[volgorde[offset : offset + limit]]]]


def engine():
    if settings.ELASTICSEARCH_URL:
        return ElasticsearchEngine()
    return DatabaseEngine()


# --------------------------------------------------------------------------------------
# The result the views show
# --------------------------------------------------------------------------------------
@dataclass
class FacetWaarde:
    code: str
    label: str
    aantal: int
    gekozen: bool
    querystring: str


@dataclass
class Zoekuitkomst:
    """A page of judgments with snippets, and the facets with their counts."""

    vraag: Zoekvraag
    aantal: int
    uitspraken: list
    facetten: dict  # facet -> list[FacetWaarde]
    pagina: int
    per_pagina: int
    engine: str

    @property
    def facet_groepen(self):
        return [(naam, titel, self.facetten.get(naam, [])) for naam, titel in FACETTEN.items()]

    @property
    def aantal_paginas(self):
        return max(1, -(-self.aantal // self.per_pagina))

    @property
    def eerste(self):
        return (self.pagina - 1) * self.per_pagina + 1 if self.uitspraken else 0

    @property
    def laatste(self):
        return self.eerste + len(self.uitspraken) - 1 if self.uitspraken else 0


def _cache_sleutel(engine_naam, vraag, offset, limit):
    ruw = repr(
        (
            engine_naam,
            connection.vendor,
            vraag.expressie,
            sorted((k, sorted(map(str, v))) for k, v in vraag.filters().items()),
            (vraag.van, vraag.tot),
            vraag.effectieve_sortering,
            offset,
            limit,
            generatie(),
        )
    )
    # v2: the cached answers are Zoekantwoord objects (zoekvraag.py) since issue 13
    return "rechtspraak:zoek:v2:" + hashlib.sha1(ruw.encode()).hexdigest()


def zoek(vraag: Zoekvraag, per_pagina=PER_PAGINA, klem_pagina=True, gebruik_cache=True):
    """Search: the page of judgments with snippets and the facets with their counts.

    klem_pagina: a page past the end shows the last page (the HTML page); the API gives an
    empty page instead, so a client that pages until the end stops."""
    zoeker = engine()
    offset = (vraag.pagina - 1) * per_pagina
    ruw = _zoek_ruw(zoeker, vraag, offset, per_pagina, gebruik_cache)
    if klem_pagina and ruw.aantal and offset >= ruw.aantal:
        vraag.pagina = max(1, -(-ruw.aantal // per_pagina))
        offset = (vraag.pagina - 1) * per_pagina
        ruw = _zoek_ruw(zoeker, vraag, offset, per_pagina, gebruik_cache)
    per_id = (
        Uitspraak.objects.filter(pk__in=ruw.ids)
        .select_related("instantie")
        .defer("zoek_kop", "zoek_tekst")
        .in_bulk()
    )
    uitspraken = [per_id[pk] for pk in ruw.ids if pk in per_id]
    tokens = vraag.tokens
    for uitspraak in uitspraken:
        uitspraak.snippet = ruw.markeringen.get(uitspraak.pk) or maak_snippet(uitspraak, tokens)
    return Zoekuitkomst(
        vraag=vraag,
        aantal=ruw.aantal,
        uitspraken=uitspraken,
        facetten=_facetten(vraag, ruw.facetten),
        pagina=vraag.pagina,
        per_pagina=per_pagina,
        engine=zoeker.naam,
    )


def _zoek_ruw(zoeker, vraag, offset, limit, gebruik_cache):
    if not (gebruik_cache and CACHE_SECONDEN):
        return zoeker.zoek(vraag, offset, limit)
    sleutel = _cache_sleutel(zoeker.naam, vraag, offset, limit)
    ruw = cache.get(sleutel)
    if ruw is None:
        ruw = zoeker.zoek(vraag, offset, limit)
        cache.set(sleutel, ruw, CACHE_SECONDEN)
    return ruw


def _facetten(vraag, tellingen):
    instanties = {i.pk: i for i in Instantie.objects.all()}
    thema_ids = {int(k) for k in tellingen.get("thema", {})} | set(vraag.gekozen["thema"])
    themas = {
        t.pk: t for t in ThemaPagina.objects.filter(pk__in=thema_ids).only("title", "url_path")
    }
    soorten, talen = dict(Soort.choices), dict(Taal.choices)

    def waarde(facet, intern, code, label, aantal):
        gekozen = intern in vraag.gekozen[facet]
        paar = (facet, str(code))
        qs = vraag.querystring(zonder=paar) if gekozen else vraag.querystring(met=paar)
        return FacetWaarde(str(code), str(label), aantal, gekozen, qs)

    uit = {}
    for facet in FACETTEN:
        telling = {}
        for intern, aantal in tellingen.get(facet, {}).items():
            intern = int(intern) if facet in ("instantie", "jaar", "thema") else intern
            telling[intern] = telling.get(intern, 0) + aantal
        for intern in vraag.gekozen[facet]:
            telling.setdefault(intern, 0)
        waarden = []
        for intern, aantal in telling.items():
            if facet == "instantie" and intern in instanties:
                inst = instanties[intern]
                waarden.append((inst.volgorde, waarde(facet, intern, inst.code, inst.naam, aantal)))
            elif facet == "jaar":
                waarden.append((-intern, waarde(facet, intern, intern, intern, aantal)))
            elif facet == "thema" and intern in themas:
                thema = themas[intern]
                code = thema_pad(thema) or thema.pk
                waarden.append((-aantal, waarde(facet, intern, code, thema.title, aantal)))
            elif facet == "soort" and intern in soorten:
                waarden.append((-aantal, waarde(facet, intern, intern, soorten[intern], aantal)))
            elif facet == "taal" and intern in talen:
                waarden.append((-aantal, waarde(facet, intern, intern, talen[intern], aantal)))
        waarden.sort(key=lambda paar: (paar[0], paar[1].label))
        uit[facet] = [w for _, w in waarden]
    return uit


# --------------------------------------------------------------------------------------
# Snippets: computed only for the judgments on the page (the machinery is shared with the
# site search: zoeken.gedeeld)
# --------------------------------------------------------------------------------------
SNIPPET_LENGTE = 260
_WOORD = re.compile(r"\w+", re.UNICODE)


@lru_cache(maxsize=50_000)
def _woord_tokens(woord):
    return frozenset(analyseer(woord))


def maak_snippet(uitspraak, tokens, lengte=SNIPPET_LENGTE):
    """Safe HTML: a passage of the summary or text around the first query word, marked."""
    gezocht = set(tokens)
    for bron in (uitspraak.samenvatting or "", (uitspraak.tekst or "")[:30_000]):
        if not gezocht:
            break
        treffer = gedeeld.eerste_treffer(bron, gezocht, _WOORD, _woord_tokens)
        if treffer is not None:
            begin = gedeeld.venster_begin(bron, treffer.start(), lengte)
            einde = min(len(bron), begin + lengte)
            stuk, _ = gedeeld.markeer(bron[begin:einde], gezocht, _WOORD, _woord_tokens)
            return mark_safe(("… " if begin else "") + stuk + (" …" if einde < len(bron) else ""))
    return mark_safe(
        html.escape(gedeeld.kort(uitspraak.samenvatting or uitspraak.tekst or "", lengte))
    )
