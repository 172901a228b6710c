"""The site search's backends on the database's own full-text index: SQLite FTS5 and
PostgreSQL tsvectors, and matching in Python on any other database. `database_backend()`
gives the one for the current database (gedeeld.databank decides); search.backend() prefers
Elasticsearch where it is configured."""

from django.db import connection

from core.zoekvector import ophalen

from . import analyse
from .gedeeld import als_fts5, als_tsquery, databank, veilig, voldoet
from .index import type_token
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


class PostgresBackend:
    """tsvectors in the narrow table kennisbank_zoekvector (migration 0006): `alles`
    weighted A (title, identifiers), B (summary), C (body) for matching and ts_rank, and
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
            return ophalen(
                "SELECT id, ts_rank(alles, q, 1) AS score "
                "FROM kennisbank_zoekvector, to_tsquery('simple', %s) q "
                f"WHERE alles @@ q{extra} ORDER BY score DESC LIMIT %s",
                [query, *params, limit],
            )
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
