"""Signed, expiring confirmation links and the request limits of the subscribe form."""

import hashlib

from django.conf import settings
from django.core import signing
from django.core.cache import cache

ZOUT = "nieuwsbrief.bevestigen"


def geldigheid():
    return int(getattr(settings, "NIEUWSBRIEF_BEVESTIGING_GELDIG", 2 * 24 * 3600))


def bevestigingssleutel(email, lijsten):
    return signing.dumps({"e": email, "l": sorted(lijsten)}, salt=ZOUT, compress=True)


def lees_bevestigingssleutel(sleutel):
    """(email, lijsten); raises signing.SignatureExpired or signing.BadSignature."""
    data = signing.loads(sleutel, salt=ZOUT, max_age=geldigheid())
    return data["e"], data["l"]


def _teller(sleutel, venster):
    cache.add(sleutel, 0, venster)
    try:
        return cache.incr(sleutel)
    except ValueError:  # expired between add and incr
        cache.set(sleutel, 1, venster)
        return 1


def _hash(waarde):
    # The client's address only lives hashed in the cache for the window; it is never stored.
    return hashlib.sha256(f"{settings.SECRET_KEY}:{waarde}".encode()).hexdigest()[:32]


def te_vaak(email, client):
    """True when this address or this client asked too often within the window."""
    venster = int(getattr(settings, "NIEUWSBRIEF_LIMIET_VENSTER", 3600))
    per_adres = int(getattr(settings, "NIEUWSBRIEF_LIMIET_PER_ADRES", 3))
    per_client = int(getattr(settings, "NIEUWSBRIEF_LIMIET_PER_CLIENT", 20))
    n_client = _teller(f"nb:client:{_hash(client)}", venster)
    n_adres = _teller(f"nb:adres:{_hash(email)}", venster)
    return n_client > per_client or n_adres > per_adres


def client_van(request):
    return request.META.get("REMOTE_ADDR", "")
