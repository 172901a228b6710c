"""What the two search engines share: the site search (zoeken.search) and the
case-law search (rechtspraak.search) each keep their own ranking and page layout, and take
from here

- which database they run on (`databank`): the one place that decides the vendor;
- the query expression rendered for the database's full-text index (`als_fts5`,
  `als_tsquery`) or evaluated in Python (`voldoet`);
- the snippet machinery (`eerste_treffer`, `venster_begin`, `markeer`, `kort`): a word of a
  text is marked when its tokens meet the query's. Each engine passes its own snippet length
  and word pattern, so each keeps the output it had.

rechtspraak imports this module; it imports no app (pyproject.toml, import-linter)."""

import functools
import re

from django.db import connection
from django.utils.html import escape

from . import analyse
from .analyse import En, Term

# --- the database ------------------------------------------------------------------------

MET_INDEX = ("sqlite", "postgresql")


def databank(vendor=None) -> str:
    """The database whose full-text index a search uses: "sqlite" (FTS5), "postgresql"
    (tsvectors) or "" (any other database: no full-text index, matched without one)."""
    vendor = vendor or connection.vendor
    return vendor if vendor in MET_INDEX else ""


# --- the query expression ------------------------------------------------------------------


def veilig(token):
    # tokens come from the analysis ([^\W_]+, folded); keep only letters and digits anyway
    return "".join(c for c in token if c.isalnum())


def als_fts5(expressie) -> str:
    if isinstance(expressie, Term):
        return f'"{veilig(expressie.token)}"'
    operator = " AND " if isinstance(expressie, En) else " OR "
    return "(" + operator.join(als_fts5(d) for d in expressie.delen) + ")"


def als_tsquery(expressie) -> str:
    if isinstance(expressie, Term):
        return f"'{veilig(expressie.token)}'"
    operator = " & " if isinstance(expressie, En) else " | "
    return "(" + operator.join(als_tsquery(d) for d in expressie.delen) + ")"


def voldoet(expressie, tokens: set) -> bool:
    """Does a set of tokens satisfy the expression (evaluated in Python for re-ranking)?"""
    if isinstance(expressie, Term):
        return expressie.token in tokens
    if isinstance(expressie, En):
        return all(voldoet(d, tokens) for d in expressie.delen)
    return any(voldoet(d, tokens) for d in expressie.delen)


def toets(expressie):
    """`voldoet` compiled once for a query's expression: a function of a set of tokens that
    tests each "all of" / "any of" of single tokens as one set operation (the re-ranking
    tests every query part against every candidate, and the everyday words make the
    expressions wide)."""
    if expressie is None:
        return lambda tokens: False
    if isinstance(expressie, Term):
        token = expressie.token
        return lambda tokens: token in tokens
    termen = frozenset(d.token for d in expressie.delen if isinstance(d, Term))
    rest = tuple(toets(d) for d in expressie.delen if not isinstance(d, Term))
    if isinstance(expressie, En):
        return lambda tokens: termen <= tokens and all(f(tokens) for f in rest)
    return lambda tokens: not termen.isdisjoint(tokens) or any(f(tokens) for f in rest)


# --- snippets --------------------------------------------------------------------------------

WOORD = re.compile(r"[^\W_]+")  # a word as the analysis reads it


@functools.lru_cache(maxsize=50_000)
def tokens_van_woord(woord):
    """The tokens of a word as written in a text (cached: snippets look at many words)."""
    gevouwen = analyse.fold(woord)
    if gevouwen in analyse.STOPWOORDEN:
        return frozenset()
    return frozenset(analyse.woord_tokens(gevouwen))


def eerste_treffer(tekst, gezocht, woord=WOORD, tokens=tokens_van_woord):
    """The first word (a re.Match) of the text whose tokens meet the query's, or None."""
    for treffer in woord.finditer(tekst):
        if not gezocht.isdisjoint(tokens(treffer.group())):
            return treffer
    return None


def venster_begin(tekst, start, lengte):
    """Where a snippet of `lengte` around the word at `start` begins: a third of it before
    the word, moved on to the start of a word."""
    begin = max(0, start - lengte // 3)
    if begin:
        spatie = tekst.find(" ", begin)
        begin = spatie + 1 if 0 <= spatie < start else begin
    return begin


def markeer(tekst, gezocht, woord=WOORD, tokens=tokens_van_woord):
    """(html, number of marked words): the text escaped, the query's words in <mark>."""
    stukken = []
    laatste = 0
    treffers = 0
    for treffer in woord.finditer(tekst):
        if not gezocht.isdisjoint(tokens(treffer.group())):
            stukken.append(escape(tekst[laatste : treffer.start()]))
            stukken.append(f"<mark>{escape(treffer.group())}</mark>")
            laatste = treffer.end()
            treffers += 1
    stukken.append(escape(tekst[laatste:]))
    return "".join(stukken), treffers


def kort(tekst, lengte):
    """The text up to `lengte` characters, cut after a whole word, with " …" when cut."""
    if len(tekst) <= lengte:
        return tekst
    return tekst[:lengte].rsplit(" ", 1)[0] + " …"
