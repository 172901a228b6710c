"""Generation numbers in the cache: a number per kind of data that goes up whenever that
data changes, and is part of the keys of everything cached from it. Bumping it retires
every cached entry at once, in every process that shares the cache (Redis).

When the number is missing (a fresh cache, or evicted) it restarts from the clock, not
from 1: a small number could be one that entries still in the cache were stored under."""

import time

from django.core.cache import cache
from django.db import transaction


def huidige(sleutel: str) -> int:
    waarde = cache.get(sleutel)
    if waarde is None:
        waarde = int(time.time())
        if not cache.add(sleutel, waarde, None):  # another process was first
            waarde = cache.get(sleutel) or waarde
    return waarde


def verhoog(sleutel: str) -> int:
    try:
        return cache.incr(sleutel)
    except ValueError:  # not in the cache
        waarde = int(time.time())
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
