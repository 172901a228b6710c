"""The site search index: every searchable thing of every app, kept in step on publish,
unpublish and delete.

STUB: to be filled in (issue 6). The signatures are fixed: rechtspraak calls them for
judgments; kennisbank's own signal handlers call them for pages.
"""

import datetime

TYPES = {
    "thema": "Themapagina",
    "nieuws": "Nieuws",
    "dossier": "Dossier",
    "begrip": "Begrip",
    "uitspraak": "Rechtspraak",
}


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
) -> None:
    """Add or replace the entry (bron, sleutel), e.g. ("rechtspraak.uitspraak", "123").

    `extra_termen` holds identifiers that must be findable as typed (ECLI, number, court
    abbreviation)."""


def verwijder_document(*, bron: str, sleutel: str) -> None:
    """Remove the entry (bron, sleutel) if it exists."""
