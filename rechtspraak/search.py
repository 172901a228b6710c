"""Search in the case-law database: one entry point, `zoek(vraag)`, two engines.

- The database (default): full text through the database's own index over the analysed
  tokens (SQLite FTS5 / PostgreSQL tsvector + GIN, see migration 0002), facets counted with
  GROUP BY on indexed columns. Each facet is counted with the OTHER facets' filters applied.
- Elasticsearch when settings.ELASTICSEARCH_URL is set (documents.py, a FacetedSearch).

Both return a `RuwResultaat` (count, ids of the page, facet counts keyed by internal value,
optional highlights); this module turns it into the `Resultaat` the views and the API show.
Every user input is sanitised here: whatever the URL holds, a search answers normally."""

import hashlib
import html
import re
from dataclasses import dataclass, field
from functools import lru_cache
from urllib.parse import urlencode

from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.db.models import Q
from django.utils.safestring import mark_safe

from kennisbank.zoeken.analyse import analyseer, analyseer_query

from .ecli import LIJKT_OP_ECLI, ecli_fout, normaliseer_ecli, normaliseer_nummer
from .models import Instantie, Soort, Taal, Uitspraak, thema_pad

PER_PAGINA = 20
MAX_WAARDEN_PER_FACET = 20
MAX_QUERY = 500
FACETTEN = {
    "instantie": "Instantie",
    "jaar": "Jaar",
    "thema": "Thema",
    "soort": "Soort",
    "taal": "Taal",
}
SORTERINGEN = {
    "relevantie": "Meest relevant",
    "datum": "Nieuwste eerst",
    "oudste": "Oudste eerst",
}
CACHE_SECONDEN = getattr(settings, "RECHTSPRAAK_ZOEK_CACHE_SECONDEN", 300)


# --------------------------------------------------------------------------------------
# The question: parsed from the URL, every value checked
# --------------------------------------------------------------------------------------
@dataclass
class Zoekvraag:
    q: str = ""
    # facet -> {internal value: code in the URL}; internal: instantie/thema pk, jaar int,
    # soort/taal code
    gekozen: dict = field(default_factory=lambda: {naam: {} for naam in FACETTEN})
    sortering: str = ""
    pagina: int = 1
    meldingen: list = field(default_factory=list)

    @property
    def tokens(self):
        return analyseer_query(self.q)

    @property
    def effectieve_sortering(self):
        if self.sortering in SORTERINGEN and (self.sortering != "relevantie" or self.tokens):
            return self.sortering
        return "relevantie" if self.tokens else "datum"

    def filters(self, behalve=None):
        return {
            naam: list(waarden)
            for naam, waarden in self.gekozen.items()
            if waarden and naam != behalve
        }

    @property
    def heeft_filters(self):
        return any(self.gekozen.values())

    def parameters(self, zonder_pagina=True):
        """The state as a list of (name, value), the order fixed so URLs are stable."""
        paren = []
        if self.q:
            paren.append(("q", self.q))
        for naam in FACETTEN:
            for code in self.gekozen[naam].values():
                paren.append((naam, str(code)))
        if self.sortering and self.sortering in SORTERINGEN:
            paren.append(("sortering", self.sortering))
        if not zonder_pagina and self.pagina > 1:
            paren.append(("page", str(self.pagina)))
        return paren

    def querystring(self, zonder=None, met=None):
        """The current search with one facet value removed (zonder) or added (met), page 1."""
        if getattr(self, "_paren", None) is None:
            self._paren = self.parameters()
        paren = [p for p in self._paren if p != zonder]
        if met and met not in paren:
            paren.append(met)
        return urlencode(paren)

    @classmethod
    def uit_parameters(cls, params):
        vraag = cls()
        q = _schoon(params.get("q", ""))
        vraag.q = q[:MAX_QUERY]
        if len(q) > MAX_QUERY:
            vraag.meldingen.append(
                f"Uw zoekopdracht was erg lang: alleen de eerste {MAX_QUERY} tekens zijn gebruikt."
            )
        vraag.sortering = (
            params.get("sortering", "") if params.get("sortering") in SORTERINGEN else ""
        )
        pagina = params.get("page", "1")
        vraag.pagina = int(pagina) if str(pagina).isdigit() and 0 < len(str(pagina)) < 7 else 1
        vraag.pagina = max(vraag.pagina, 1)
        for naam in FACETTEN:
            waarden = [_schoon(w)[:200] for w in params.getlist(naam) if _schoon(w)]
            waarden = list(dict.fromkeys(waarden))[:MAX_WAARDEN_PER_FACET]
            if waarden:
                gevonden, onbekend = LEZERS[naam](waarden)
                vraag.gekozen[naam] = gevonden
                for waarde in onbekend:
                    vraag.meldingen.append(
                        f"{FACETTEN[naam]} '{waarde}' is onbekend; die filter is genegeerd."
                    )
        return vraag


def _schoon(tekst) -> str:
    """No NUL or control characters, trimmed."""
    return "".join(c for c in str(tekst or "") if c.isprintable()).strip()


def _lees_instanties(waarden):
    sleutels = {}
    for inst in Instantie.objects.all():
        for sleutel in (inst.code, inst.afkorting, inst.naam, str(inst.pk)):
            sleutels.setdefault(sleutel.lower(), inst)
    gevonden, onbekend = {}, []
    for waarde in waarden:
        inst = sleutels.get(waarde.lower())
        if inst:
            gevonden[inst.pk] = inst.code
        else:
            onbekend.append(waarde)
    return gevonden, onbekend


def _lees_jaren(waarden):
    gevonden, onbekend = {}, []
    for waarde in waarden:
        if waarde.isdigit() and 1800 <= int(waarde) <= 2200:
            gevonden[int(waarde)] = str(int(waarde))
        else:
            onbekend.append(waarde)
    return gevonden, onbekend


def thema_basis():
    from kennisbank.models import HomePage

    home = HomePage.objects.only("url_path").first()
    return home.url_path if home else "/home/"


def themas_voor(waarden):
    """ThemaPagina's by pad ("verblijf/gezinshereniging"), title or id: ({pk: page}, unknown)."""
    from kennisbank.models import ThemaPagina

    basis = thema_basis()
    paden = {basis + w.strip("/") + "/": w for w in waarden}
    ids = [int(w) for w in waarden if w.isdigit() and len(w) < 12]
    titels = [w.lower() for w in waarden]
    kandidaten = ThemaPagina.objects.filter(
        Q(url_path__in=list(paden)) | Q(pk__in=ids) | Q(title__in=waarden)
    ).only("pk", "title", "url_path")
    gevonden, onbekend = {}, []
    for waarde in waarden:
        treffer = None
        for thema in kandidaten:
            if (
                thema.url_path == basis + waarde.strip("/") + "/"
                or str(thema.pk) == waarde
                or thema.title.lower() == waarde.lower()
            ):
                treffer = thema
                break
        if treffer:
            gevonden[treffer.pk] = treffer
        else:
            onbekend.append(waarde)
    del titels
    return gevonden, onbekend


def _lees_themas(waarden):
    gevonden, onbekend = themas_voor(waarden)
    return {pk: thema_pad(thema) or str(pk) for pk, thema in gevonden.items()}, onbekend


def _keuze_lezer(choices):
    def lees(waarden):
        per_sleutel = {}
        for code, label in choices:
            per_sleutel[code.lower()] = code
            per_sleutel[str(label).lower()] = code
        gevonden, onbekend = {}, []
        for waarde in waarden:
            code = per_sleutel.get(waarde.lower())
            if code:
                gevonden[code] = code
            else:
                onbekend.append(waarde)
        return gevonden, onbekend

    return lees


LEZERS = {
    "instantie": _lees_instanties,
    "jaar": _lees_jaren,
    "thema": _lees_themas,
    "soort": _keuze_lezer(Soort.choices),
    "taal": _keuze_lezer(Taal.choices),
}


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


# --------------------------------------------------------------------------------------
# Engines
# --------------------------------------------------------------------------------------
@dataclass
class RuwResultaat:
    aantal: int
    ids: list
    facetten: dict  # facet -> {internal value: count}
    markeringen: dict = field(default_factory=dict)  # id -> snippet html (Elasticsearch)


T_UITSPRAAK = "rechtspraak_uitspraak"
T_FTS = "rechtspraak_uitspraak_fts"
T_THEMAS = "rechtspraak_uitspraak_themas"
KOLOMMEN = {"instantie": "instantie_id", "jaar": "jaar", "soort": "soort", "taal": "taal"}


class DatabaseEngine:
    """SQL written out: a handful of indexed GROUP BY queries per search."""

    naam = "database"

    def __init__(self, vendor=None):
        self.vendor = vendor or connection.vendor

    # the full-text condition -------------------------------------------------------
    def _u(self, index):
        """The judgments table as `u`; on SQLite with the covering index to use (the planner
        would otherwise read the large rows to check a few small columns)."""
        if self.vendor == "sqlite":
            return f"{T_UITSPRAAK} u INDEXED BY {index}"
        return f"{T_UITSPRAAK} u"

    def _tekst(self, tokens):
        if not tokens:
            return None, []
        if self.vendor == "sqlite":
            match = " ".join('"' + t.replace('"', '""') + '"' for t in tokens)
            return f"u.id IN (SELECT rowid FROM {T_FTS} WHERE {T_FTS} MATCH %s)", [match]
        if self.vendor == "postgresql":
            return "u.zoekvector @@ plainto_tsquery('simple', %s)", [" ".join(tokens)]
        delen, params = [], []
        for token in tokens:
            delen.append("(u.zoek_kop LIKE %s OR u.zoek_tekst LIKE %s)")
            params += [f"%{token}%", f"%{token}%"]
        return " AND ".join(delen), params

    def _waar(self, tokens, filters, met_tekst=True):
        waar, params = ["u.live = %s"], [True]
        if met_tekst:
            sql, extra = self._tekst(tokens)
            if sql:
                waar.append(sql)
                params += extra
        for naam, waarden in filters.items():
            plaats = ", ".join(["%s"] * len(waarden))
            if naam == "thema":
                waar.append(
                    f"u.id IN (SELECT t.uitspraak_id FROM {T_THEMAS} t "
                    f"WHERE t.themapagina_id IN ({plaats}))"
                )
            else:
                waar.append(f"u.{KOLOMMEN[naam]} IN ({plaats})")
            params += list(waarden)
        return " AND ".join(waar), params

    def _tel_themas(self, cursor, tokens, filters):
        waar, params = self._waar(tokens, filters)
        cursor.execute(
            f"SELECT t.themapagina_id, COUNT(*) FROM {T_THEMAS} t "
            f"JOIN {self._u('uitspraak_facetten')} ON u.id = t.uitspraak_id WHERE {waar} "
            "GROUP BY t.themapagina_id",
            params,
        )
        return dict(cursor.fetchall())

    def kubus(self):
        """Counts of all live judgments per (instantie, jaar, soort, taal) and per
        (instantie, jaar, soort, taal, thema): a few thousand rows from which every search
        without words gets its facets in Python. Kept per generation (it changes whenever
        a judgment does), like an index; a search with words counts in SQL."""
        from .indexering import generatie

        sleutel = f"rechtspraak:kubus:{connection.vendor}:{generatie()}"
        kubus = cache.get(sleutel)
        if kubus is None:
            with connection.cursor() as cursor:
                cursor.execute(
                    "SELECT u.instantie_id, u.jaar, u.soort, u.taal, COUNT(*) "
                    f"FROM {self._u('uitspraak_live_datum')} WHERE u.live = %s "
                    "GROUP BY u.instantie_id, u.jaar, u.soort, u.taal",
                    [True],
                )
                combinaties = cursor.fetchall()
                cursor.execute(
                    "SELECT u.instantie_id, u.jaar, u.soort, u.taal, t.themapagina_id, COUNT(*) "
                    f"FROM {T_THEMAS} t JOIN {self._u('uitspraak_facetten')} "
                    "ON u.id = t.uitspraak_id WHERE u.live = %s "
                    "GROUP BY u.instantie_id, u.jaar, u.soort, u.taal, t.themapagina_id",
                    [True],
                )
                kubus = (combinaties, cursor.fetchall())
            cache.set(sleutel, kubus, 3600)
        return kubus

    def facetten_uit_kubus(self, vraag):
        combinaties, met_thema = self.kubus()
        enkelvoudig = list(KOLOMMEN)
        gekozen = {f: set(vraag.gekozen[f]) for f in enkelvoudig}
        themas = set(vraag.gekozen["thema"])
        if themas:
            combinaties = [(*r[:4], r[5]) for r in met_thema if r[4] in themas]
        facetten = {f: {} for f in FACETTEN}
        aantal = 0
        for rij in combinaties:
            waarden, telling = rij[:4], rij[4]
            buiten = [
                f
                for f, w in zip(enkelvoudig, waarden, strict=True)
                if gekozen[f] and w not in gekozen[f]
            ]
            if not buiten:
                aantal += telling
            if len(buiten) > 1:
                continue
            for f, w in zip(enkelvoudig, waarden, strict=True):
                if not buiten or buiten == [f]:
                    facetten[f][w] = facetten[f].get(w, 0) + telling
        for rij in met_thema:
            if all(
                not gekozen[f] or w in gekozen[f] for f, w in zip(enkelvoudig, rij[:4], strict=True)
            ):
                facetten["thema"][rij[4]] = facetten["thema"].get(rij[4], 0) + rij[5]
        return facetten, aantal

    def facetten_en_aantal(self, vraag):
        """Two aggregate queries. One pass grouped by every combination of the one-valued
        facets (instantie, jaar, soort, taal: a few thousand combinations at most), from
        which each of them is counted with the other facets' filters applied, in Python;
        and one for the themes (a judgment can have several)."""
        tokens = vraag.tokens
        if not tokens and len(vraag.gekozen["thema"]) <= 1:
            return self.facetten_uit_kubus(vraag)
        enkelvoudig = list(KOLOMMEN)
        with connection.cursor() as cursor:
            thema_filter = {"thema": vraag.gekozen["thema"]} if vraag.gekozen["thema"] else {}
            waar, params = self._waar(tokens, thema_filter)
            kolommen = ", ".join(f"u.{KOLOMMEN[f]}" for f in enkelvoudig)
            cursor.execute(
                f"SELECT {kolommen}, COUNT(*) "
                f"FROM {self._u('uitspraak_facetten' if tokens else 'uitspraak_live_datum')} "
                f"WHERE {waar} "
                f"GROUP BY {kolommen}",
                params,
            )
            combinaties = cursor.fetchall()
            gekozen = {f: set(vraag.gekozen[f]) for f in enkelvoudig}
            facetten = {f: {} for f in FACETTEN}
            aantal = 0
            for rij in combinaties:
                waarden, telling = rij[:-1], rij[-1]
                buiten = [
                    f
                    for f, w in zip(enkelvoudig, waarden, strict=True)
                    if gekozen[f] and w not in gekozen[f]
                ]
                if not buiten:
                    aantal += telling
                if len(buiten) > 1:
                    continue
                for f, w in zip(enkelvoudig, waarden, strict=True):
                    if not buiten or buiten == [f]:
                        facetten[f][w] = facetten[f].get(w, 0) + telling
            facetten["thema"] = self._tel_themas(cursor, tokens, vraag.filters(behalve="thema"))
        return facetten, aantal

    def pagina_ids(self, vraag, offset, limit):
        tokens = vraag.tokens
        sortering = vraag.effectieve_sortering
        with connection.cursor() as cursor:
            if sortering == "relevantie" and tokens and self.vendor == "sqlite":
                waar, params = self._waar(tokens, vraag.filters(), met_tekst=False)
                match = self._tekst(tokens)[1]
                cursor.execute(
                    f"SELECT u.id FROM {T_FTS} "
                    f"JOIN {self._u('uitspraak_facetten')} ON u.id = {T_FTS}.rowid "
                    f"WHERE {T_FTS} MATCH %s AND {waar} "
                    f"ORDER BY bm25({T_FTS}, 5.0, 1.0), u.datum DESC, u.id DESC LIMIT %s OFFSET %s",
                    [*match, *params, limit, offset],
                )
            elif sortering == "relevantie" and tokens and self.vendor == "postgresql":
                waar, params = self._waar(tokens, vraag.filters())
                cursor.execute(
                    f"SELECT u.id FROM {T_UITSPRAAK} u WHERE {waar} "
                    "ORDER BY ts_rank(u.zoekvector, plainto_tsquery('simple', %s)) DESC, "
                    "u.datum DESC, u.id DESC LIMIT %s OFFSET %s",
                    [*params, " ".join(tokens), limit, offset],
                )
            else:
                richting = "ASC" if sortering == "oudste" else "DESC"
                waar, params = self._waar(tokens, vraag.filters())
                cursor.execute(
                    f"SELECT u.id FROM {self._u('uitspraak_live_datum')} WHERE {waar} "
                    f"ORDER BY u.datum {richting}, u.id {richting} LIMIT %s OFFSET %s",
                    [*params, limit, offset],
                )
            return [rij[0] for rij in cursor.fetchall()]

    def zoek(self, vraag, offset, limit):
        facetten, aantal = self.facetten_en_aantal(vraag)
        ids = self.pagina_ids(vraag, offset, limit) if offset < aantal else []
        return RuwResultaat(aantal=aantal, ids=ids, facetten=facetten)


def engine():
    if settings.ELASTICSEARCH_URL:
        from .documents import ElasticsearchEngine

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
class Resultaat:
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
    from .indexering import generatie

    ruw = repr(
        (
            engine_naam,
            connection.vendor,
            vraag.tokens,
            sorted((k, sorted(map(str, v))) for k, v in vraag.filters().items()),
            vraag.effectieve_sortering,
            offset,
            limit,
            generatie(),
        )
    )
    return "rechtspraak:zoek:" + hashlib.sha1(ruw.encode()).hexdigest()


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
    return Resultaat(
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
    from kennisbank.models import ThemaPagina

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
# Snippets: computed only for the judgments on the page
# --------------------------------------------------------------------------------------
_WOORD = re.compile(r"\w+", re.UNICODE)


@lru_cache(maxsize=50_000)
def _woord_tokens(woord):
    return frozenset(analyseer(woord))


def maak_snippet(uitspraak, tokens, lengte=260):
    """Safe HTML: a passage of the summary or text around the first query word, marked."""
    gezocht = set(tokens)
    for bron in (uitspraak.samenvatting or "", (uitspraak.tekst or "")[:30_000]):
        if not gezocht:
            break
        for treffer in _WOORD.finditer(bron):
            if _woord_tokens(treffer.group()) & gezocht:
                begin = max(0, treffer.start() - lengte // 3)
                if begin:
                    spatie = bron.find(" ", begin)
                    begin = spatie + 1 if 0 <= spatie < treffer.start() else begin
                einde = min(len(bron), begin + lengte)
                return mark_safe(
                    ("… " if begin else "")
                    + _markeer(bron[begin:einde], gezocht)
                    + (" …" if einde < len(bron) else "")
                )
    tekst = uitspraak.samenvatting or uitspraak.tekst or ""
    kort = tekst[:lengte].rsplit(" ", 1)[0] + " …" if len(tekst) > lengte else tekst
    return mark_safe(html.escape(kort))


def _markeer(tekst, gezocht):
    delen, vorige = [], 0
    for treffer in _WOORD.finditer(tekst):
        if _woord_tokens(treffer.group()) & gezocht:
            delen.append(html.escape(tekst[vorige : treffer.start()]))
            delen.append(f"<mark>{html.escape(treffer.group())}</mark>")
            vorige = treffer.end()
    delen.append(html.escape(tekst[vorige:]))
    return "".join(delen)


def snippet_als_tekst(snippet) -> str:
    return html.unescape(re.sub(r"</?mark>", "", str(snippet)))
