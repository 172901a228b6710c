"""What the site search finds, as the apps register it from their own AppConfig.ready():
zoeken imports no app (ARCHITECTURE.md, "Checked contracts").

A `Soort` is one kind of result (its key in the index, its Dutch labels, what it weighs in the
ranking). An app registers it with what feeds it:
- page types (kennisbank): `zoeken.paginas.registreer_paginatype(model, soort)`; the page
  model says what of it is searched (its `zoekvelden()`), zoeken follows Wagtail's signals;
- anything else (rechtspraak's judgments): `registreer_bron(soort, bron, documenten)`, with a
  generator of every document for a rebuild; the app keeps the index in step itself
  (`zoeken.index.indexeer_document` / `verwijder_document`).

The kinds are kept in the order they were registered: the order of the filters on /zoeken/.
Register the most numerous kind last (rechtspraak's judgments, INSTALLED_APPS after
kennisbank): SQLite counts it as what the others leave (backends.Fts5Backend.tel).
"""

from collections.abc import Callable, Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Soort:
    sleutel: str  # the type in the index and in the URL (?type=...), at most 20 characters
    label: str  # one result of this kind, as the search page labels it
    meervoud: str  # the filter for this kind on the search page
    gewicht: float = 0.0  # added to the score in the ranking (search._herrangschik)
    titel_opent: bool = False  # its title typed exactly opens it; suggested while typing
    opent_direct: bool = False  # a direct hit of this kind opens also when filtering on it
    recent_eerst: bool = False  # a recent one ranks higher (news)


@dataclass(frozen=True)
class Bron:
    soort: Soort
    bron: str  # the index's `bron` of its documents, e.g. "rechtspraak.uitspraak"
    documenten: Callable[[], Iterable[dict]]  # every document, for a rebuild


_SOORTEN: dict[str, Soort] = {}
_BRONNEN: dict[str, Bron] = {}


def registreer_soort(soort: Soort) -> Soort:
    """Make a kind of result known; registering the same one again changes nothing."""
    bekend = _SOORTEN.setdefault(soort.sleutel, soort)
    if bekend != soort:
        raise ValueError(f"zoeksoort {soort.sleutel!r} is al anders geregistreerd: {bekend}")
    return soort


def registreer_bron(soort: Soort, bron: str, documenten: Callable[[], Iterable[dict]]) -> None:
    """Register a source of documents other than pages: `documenten()` yields the keyword
    arguments of `index.indexeer_document` for every thing of it that belongs in the index."""
    registreer_soort(soort)
    _BRONNEN[bron] = Bron(soort, bron, documenten)


def soorten() -> dict[str, Soort]:
    """Every registered kind of result by its key, in the order of registration."""
    return dict(_SOORTEN)


def soort(sleutel) -> Soort | None:
    return _SOORTEN.get(sleutel)


def label(sleutel) -> str:
    gevonden = _SOORTEN.get(sleutel)
    return gevonden.label if gevonden else sleutel


def titelsoorten() -> list[str]:
    """The keys of the kinds whose exact title opens them (and that are suggested)."""
    return [s.sleutel for s in _SOORTEN.values() if s.titel_opent]


def bronnen() -> list[Bron]:
    return list(_BRONNEN.values())
