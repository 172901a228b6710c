"""The one Dutch text analysis used for indexing and for queries, on every backend.

STUB: to be filled in (issue 6). The public functions and their signatures are fixed:
other apps (rechtspraak) call them.
"""

import re
import unicodedata

_WORD = re.compile(r"\w+", re.UNICODE)


def fold(text: str) -> str:
    """Lower case, accents removed (Oekraïne -> oekraine), NUL and control characters dropped."""
    text = unicodedata.normalize("NFKD", text or "")
    text = "".join(c for c in text if not unicodedata.combining(c) and c.isprintable())
    return text.lower()


def analyseer(text: str) -> list[str]:
    """Tokens to index for a text (folded, stemmed, compounds split, synonyms expanded)."""
    return _WORD.findall(fold(text))


def analyseer_query(query: str) -> list[str]:
    """Tokens for a user's query: never raises, whatever the input (quotes, operators, NUL)."""
    return _WORD.findall(fold((query or "")[:500]))
