"""The site search's backends on the database's own full-text index: SQLite FTS5 and
PostgreSQL tsvectors, and matching in Python on any other database. `database_backend()`
gives the one for the current database (gedeeld.databank decides); search.backend() prefers
Elasticsearch where it is configured."""

import math

from django.db import connection

from core.zoekvector import ophalen

from . import analyse
from .gedeeld import als_fts5, als_tsquery, databank, veilig, voldoet
from .index import generatie, type_token
from .models import ZoekDocument
from .registratie import soorten

# --- database backends ---------------------------------------------------------------------


# field weights: title, summary, body, identifiers
SQLITE_BM25 = "bm25(kennisbank_zoekfts, 10.0, 4.0, 1.0, 8.0)"
EXACT_GRENS = 2000  # up to this many matches: exact bm25 / ts_rank over all of them


class SQLiteBackend:
    """FTS5. Up to EXACT_GRENS matches, bm25 with field weights ranks them all; beyond that
    (a common word over 100,000 judgments), ranking every match costs too much, so the
    candidates are taken tier by tier, newest first: matches in the title or identifiers,
    then in the summary, then anywhere; Python re-ranks them (search._herrangschik)."""

    def _match(self, expressie, type=None, kolommen=None):
        match = als_fts5(expressie)
        if kolommen:
            match = f"{{{kolommen}}} : ({match})"
        if type:
            match = f'({match}) AND "{type_token(type)}"'
        return match

    def _een(self, sql, params):
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            return cursor.fetchall()

    def _aantal(self, match):
        return self._een(
            "SELECT COUNT(*) FROM kennisbank_zoekfts WHERE kennisbank_zoekfts MATCH %s", [match]
        )[0][0]

    def kandidaten(self, expressie, type, limit, aantal=None):
        if aantal is None:
            aantal = self._aantal(self._match(expressie, type))
        if aantal <= EXACT_GRENS:
            rijen = self._een(
                f"SELECT rowid, {SQLITE_BM25} AS score FROM kennisbank_zoekfts "
                "WHERE kennisbank_zoekfts MATCH %s ORDER BY score LIMIT %s",
                [self._match(expressie, type), limit],
            )
            return [(pk, -score) for pk, score in rijen]
        gezien = {}
        for gewicht, kolommen in (
            (3.0, "tokens_titel tokens_extra"),
            (2.0, "tokens_samenvatting"),
            (1.0, None),
        ):
            rijen = self._een(
                "SELECT rowid FROM kennisbank_zoekfts WHERE kennisbank_zoekfts MATCH %s "
                "ORDER BY rowid DESC LIMIT %s",
                [self._match(expressie, type, kolommen), limit],
            )
            for (pk,) in rijen:
                gezien.setdefault(pk, gewicht)
            if len(gezien) >= limit:
                break
        return sorted(gezien.items(), key=lambda kv: -kv[1])

    def tel(self, expressie):
        totaal = self._aantal(self._match(expressie))
        if not totaal:
            return {}
        tellingen = {}
        *eerste, laatste = soorten()  # the last, the most numerous, is what the others leave
        for type in eerste:
            aantal = self._aantal(self._match(expressie, type))
            if aantal:
                tellingen[type] = aantal
        rest = totaal - sum(tellingen.values())
        if rest:
            tellingen[laatste] = rest
        return tellingen

    def heeft_treffers(self, expressie):
        return bool(
            self._een(
                "SELECT 1 FROM kennisbank_zoekfts WHERE kennisbank_zoekfts MATCH %s LIMIT 1",
                [als_fts5(expressie)],
            )
        )

    def met_sleutel(self, token):
        rijen = self._een(
            "SELECT rowid FROM kennisbank_zoekfts WHERE kennisbank_zoekfts MATCH %s LIMIT 5",
            [f'tokens_extra : "{veilig(token)}"'],
        )
        return [pk for (pk,) in rijen]


# bm25 as FTS5 computes it (its defaults), for PostgresBackend; the vector's weight classes
# carry SQLITE_BM25's field weights (A: title and identifiers, B: summary, C: body)
BM25_K1 = 1.2
BM25_B = 0.75
PG_GEWICHTEN = "{0.1, 0.1, 0.4, 1.0}"  # D (unused), C, B, A, times 10 in _bm25

_statistieken = {"generatie": None, "totaal": 0, "gemiddeld": 0.0, "documenten": {}}


def _statistiek(tokens):
    """(number of documents, their mean length in tokens, {token: number of documents that
    hold it}) of the index, what bm25 needs beyond the candidates (FTS5 keeps them in its
    index). Kept in this process until the index changes (index.generatie)."""
    stand = generatie()
    if _statistieken["generatie"] != stand or len(_statistieken["documenten"]) > 100_000:
        with connection.cursor() as cursor:
            cursor.execute("SELECT COUNT(*), AVG(lengte) FROM kennisbank_zoekdocument")
            totaal, gemiddeld = cursor.fetchone()
        _statistieken.update(
            generatie=stand, totaal=totaal, gemiddeld=float(gemiddeld or 0), documenten={}
        )
    documenten = _statistieken["documenten"]
    nieuw = [t for t in tokens if t not in documenten]
    if nieuw:
        documenten.update(
            ophalen(
                "SELECT t, (SELECT COUNT(*) FROM kennisbank_zoekvector "
                "WHERE alles @@ quote_literal(t)::tsquery) FROM unnest(%s::text[]) t",
                [nieuw],
            )
        )
    return _statistieken["totaal"], _statistieken["gemiddeld"], documenten


class PostgresBackend:
    """tsvectors in the narrow table kennisbank_zoekvector (migration 0006): `alles`
    weighted A (title, identifiers), B (summary), C (body) for matching and bm25 (_bm25), and
    one vector per tier (`titel`, `kop`) for the same exact / tiered strategy as
    SQLiteBackend. Every query goes through the GIN indexes (core.zoekvector.ophalen)."""

    def _type(self, type):
        return (" AND type = %s", [type]) if type else ("", [])

    def kandidaten(self, expressie, type, limit, aantal=None):
        extra, params = self._type(type)
        query = als_tsquery(expressie)
        if aantal is None:
            (aantal,) = ophalen(
                "SELECT COUNT(*) FROM kennisbank_zoekvector "
                f"WHERE alles @@ to_tsquery('simple', %s){extra}",
                [query, *params],
                een=True,
            )
        if aantal <= EXACT_GRENS:
            return self._bm25(expressie, query, type, limit, alle=aantal <= limit)
        gezien = {}
        for gewicht, kolom in ((3.0, "titel"), (2.0, "kop"), (1.0, "alles")):
            # "id + 0": newest first through the GIN index and a top-N sort, never by
            # walking the primary key and unpacking every vector on the way
            rijen = ophalen(
                "SELECT id FROM kennisbank_zoekvector "
                f"WHERE {kolom} @@ to_tsquery('simple', %s){extra} ORDER BY id + 0 DESC LIMIT %s",
                [query, *params, limit],
            )
            for (pk,) in rijen:
                gezien.setdefault(pk, gewicht)
            if len(gezien) >= limit:
                break
        return sorted(gezien.items(), key=lambda kv: -kv[1])

    def _bm25(self, expressie, query, type, limit, alle=False):
        """The candidates scored as SQLiteBackend scores them: FTS5's bm25 (k1 1.2, b 0.75)
        with the field weights of SQLITE_BM25, summed over every token of the expression
        as often as it occurs there (as FTS5 sums over the phrases of a MATCH), with the
        type token when filtering on a type (SQLite matches it as a phrase too).

        ts_rank, which PostgreSQL ranked with before, knows no rarity of a word (IDF) and
        no document length against the average, and on an "all of" query it scores how
        close the words stand: a long judgment or a parent theme page that holds a common
        word of the question outranked the page about it, where SQLite had it first. Now
        ts_rank only picks the `limit` candidates when there are more (`alle`: every match
        is one). The frequencies by field come from the vector `alles` (A title and
        identifiers 10, so identifiers weigh 10 here and 8 on SQLite; B summary 4; C body
        1), the document length from `lengte`, the document counts from _statistiek."""
        extra, params = self._type(type)
        tokens = analyse.tokens_van(expressie) + ([type_token(type)] if type else [])
        uniek = list(dict.fromkeys(tokens))
        # ts_rank_cd of a one-word query with these weights is the sum of the weights of
        # the word's places: its frequency by field, a tenth of SQLITE_BM25's weights
        frequenties = ", ".join(
            f"ts_rank_cd('{PG_GEWICHTEN}', k.alles, %s::tsquery, 0)" for _ in uniek
        )
        # the candidates' vectors are read from TOAST once (ts_filter keeps every weight,
        # OFFSET 0 keeps that level), not once for every word
        rijen = ophalen(
            f"SELECT k.id, d.lengte, {frequenties} FROM ("
            "SELECT id, ts_filter(alles, '{a,b,c,d}') AS alles FROM ("
            "SELECT id, alles FROM kennisbank_zoekvector, to_tsquery('simple', %s) q "
            f"WHERE alles @@ q{extra}{'' if alle else ' ORDER BY ts_rank(alles, q, 1) DESC'} "
            "LIMIT %s) p OFFSET 0) k JOIN kennisbank_zoekdocument d ON d.id = k.id",
            [*(f"'{veilig(t)}'" for t in uniek), query, *params, limit],
        )
        totaal, gemiddeld, documenten = _statistiek(uniek)
        idf = []
        for t in uniek:
            n = documenten.get(t, 0)
            idf.append(max(math.log((totaal - n + 0.5) / (n + 0.5)), 1e-6))  # as FTS5
        plaats = {t: i for i, t in enumerate(uniek)}
        # FTS5 sums over the phrases of the query: a token that occurs twice counts twice
        keer = [0] * len(uniek)
        for t in tokens:
            keer[plaats[t]] += 1
        scores = []
        for pk, lengte, *frequentie in rijen:
            lengte = gemiddeld if lengte is None else lengte
            noemer = BM25_K1 * (1 - BM25_B + BM25_B * lengte / (gemiddeld or 1.0))
            score = 0.0
            for f, gewicht, n in zip(frequentie, idf, keer, strict=True):
                if f:
                    f *= 10
                    score += n * gewicht * f * (BM25_K1 + 1) / (f + noemer)
            scores.append((pk, score))
        scores.sort(key=lambda r: -r[1])
        return scores

    def tel(self, expressie):
        return dict(
            ophalen(
                "SELECT type, COUNT(*) FROM kennisbank_zoekvector "
                "WHERE alles @@ to_tsquery('simple', %s) GROUP BY type",
                [als_tsquery(expressie)],
            )
        )

    def heeft_treffers(self, expressie):
        return bool(
            ophalen(
                "SELECT 1 FROM kennisbank_zoekvector "
                "WHERE alles @@ to_tsquery('simple', %s) LIMIT 1",
                [als_tsquery(expressie)],
            )
        )

    def met_sleutel(self, token):
        rijen = ophalen(
            "SELECT v.id FROM kennisbank_zoekvector v "
            "JOIN kennisbank_zoekdocument d ON d.id = v.id "
            "WHERE v.titel @@ to_tsquery('simple', %s) "
            "AND (' ' || d.tokens_extra || ' ') LIKE %s LIMIT 5",
            [f"'{veilig(token)}'", f"% {veilig(token)} %"],
        )
        return [pk for (pk,) in rijen]


class PythonBackend:
    """Any other database: match the tokens in Python (small sites, tests of other vendors)."""

    def _alle(self, type=None):
        qs = ZoekDocument.objects.all()
        if type:
            qs = qs.filter(type=type)
        return qs.values_list(
            "id", "type", "tokens_titel", "tokens_samenvatting", "tokens_tekst", "tokens_extra"
        )

    def kandidaten(self, expressie, type, limit, aantal=None):
        treffers = []
        for pk, _type, *velden in self._alle(type):
            if voldoet(expressie, set(" ".join(velden).split())):
                score = sum(
                    gewicht * len(set(v.split()) & set(analyse.tokens_van(expressie)))
                    for gewicht, v in zip((10, 4, 1, 8), velden, strict=True)
                )
                treffers.append((pk, score))
        treffers.sort(key=lambda t: -t[1])
        return treffers[:limit]

    def tel(self, expressie):
        tellingen = {}
        for _pk, type, *velden in self._alle():
            if voldoet(expressie, set(" ".join(velden).split())):
                tellingen[type] = tellingen.get(type, 0) + 1
        return tellingen

    def heeft_treffers(self, expressie):
        return bool(self.tel(expressie))

    def met_sleutel(self, token):
        return [
            pk
            for pk, extra in ZoekDocument.objects.values_list("id", "tokens_extra")
            if token in extra.split()
        ][:5]


# The database's own backend, by gedeeld.databank(): the one place that decides the vendor.
DATABASE_BACKENDS = {"sqlite": SQLiteBackend, "postgresql": PostgresBackend, "": PythonBackend}


def database_backend():
    """The database's own backend (for identifier look-ups, which ES does not need)."""
    return DATABASE_BACKENDS[databank()]()
