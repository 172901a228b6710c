"""Numbers from URLs, read one way everywhere.

`str.isdigit()` is true for "²", "①" and Arabic-Indic digits, which `int()` then refuses or
reads as something else, and a 10,000-digit value overflows the database's integer. Every
integer that a view takes from a query string or a path goes through `geheel_getal`: ASCII
digits only, within a range; anything else counts as "not given" (the default)."""

import re

_CIJFERS = re.compile(r"[0-9]{1,18}")

# The largest value a 64-bit signed integer column (SQLite, PostgreSQL bigint) holds.
GROOTSTE = 2**63 - 1
# A primary key or a page number: PostgreSQL's `integer` ends here.
GROOTSTE_ID = 2**31 - 1


def geheel_getal(waarde, *, minimum=0, maximum=GROOTSTE_ID, standaard=None):
    """The integer `waarde` spells in ASCII digits, if it lies in [minimum, maximum];
    otherwise `standaard`. Accepts str, int or None; surrounding blanks are ignored."""
    if isinstance(waarde, bool):
        return standaard
    if isinstance(waarde, int):
        getal = waarde
    else:
        tekst = (waarde or "").strip() if isinstance(waarde, str) else ""
        if not _CIJFERS.fullmatch(tekst):
            return standaard
        getal = int(tekst)
    if getal < minimum or getal > maximum:
        return standaard
    return getal


def gehele_getallen(waarden, **grenzen):
    """The valid integers among `waarden` (for a facet given more than once), in order,
    without repeats; the invalid ones are dropped."""
    gezien = []
    for waarde in waarden:
        getal = geheel_getal(waarde, **grenzen)
        if getal is not None and getal not in gezien:
            gezien.append(getal)
    return gezien
