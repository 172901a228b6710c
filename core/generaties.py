"""Generation numbers in the cache: a number per kind of data that changes whenever that
data changes, and is part of the keys of everything cached from it. Changing it retires
every cached entry at once, in every process that shares the cache (Redis).

A generation is a random 62-bit number, drawn anew for every change and whenever the
number is missing (a fresh cache, a flush, an eviction). It is only ever compared for
equality, never ordered: a counter (or a restart from the clock) can come back to a number
that entries in the cache, or a process's local copy of the number, still carry, and a
change would then go unseen (issue 12, finding 10). Two draws are equal with a chance of
1 in 2**62."""

import secrets

from django.core.cache import cache
from django.db import transaction


def _nieuw() -> int:
    return secrets.randbits(62) | 1  # never 0, never a "missing" value


def huidige(sleutel: str) -> int:
    waarde = cache.get(sleutel)
    if waarde is None:
        waarde = _nieuw()
        if not cache.add(sleutel, waarde, None):  # another process was first
            waarde = cache.get(sleutel) or waarde
    return waarde


def verhoog(sleutel: str) -> int:
    """A new generation (the name stays from when it was a counter). Concurrent changes
    each write a fresh number; whichever is last, it is one no entry was stored under."""
    waarde = _nieuw()
    cache.set(sleutel, waarde, None)
    return waarde


def nu_en_na_commit(functie) -> None:
    """Run `functie` (a bump) now, so the same request sees the change, and inside a
    transaction once more when it commits, since another process may have cached the old
    state in between. Registered once per transaction, however often it is called (an
    import of thousands of rows in one transaction)."""
    functie()
    connection = transaction.get_connection()
    if not connection.in_atomic_block:
        return
    if any(entry[1] is functie for entry in connection.run_on_commit):
        return
    transaction.on_commit(functie)
