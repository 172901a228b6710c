"""Generation numbers in the cache: a number per kind of data that goes up whenever that
data changes, and is part of the keys of everything cached from it. Bumping it retires
every cached entry at once, in every process that shares the cache (Redis)."""

from django.core.cache import cache


def huidige(sleutel: str) -> int:
    waarde = cache.get(sleutel)
    if waarde is None:
        waarde = 1
        cache.add(sleutel, waarde, None)
    return waarde


def verhoog(sleutel: str) -> None:
    try:
        cache.incr(sleutel)
    except ValueError:  # not in the cache (evicted, or a fresh cache)
        cache.set(sleutel, 2, None)
