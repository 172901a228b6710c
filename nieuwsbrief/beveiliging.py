"""Signed, expiring confirmation links and the request limits of the subscribe form."""

import datetime
import hashlib
import time

from django.conf import settings
from django.core import signing
from django.core.cache import caches

from core.clientadres import client_adres

ZOUT = "nieuwsbrief.bevestigen"


def geldigheid():
    return int(getattr(settings, "NIEUWSBRIEF_BEVESTIGING_GELDIG", 2 * 24 * 3600))


def bevestigingssleutel(email, lijsten, volgt=None, frequentie=None):
    # "t": when the link was made. A consent given or withdrawn after that moment ends the
    # link (see views.bevestigen): it works once, and never revives a withdrawn consent.
    # "v", "f": what she asked to follow and how often (volgen.py), for the alerts.
    data = {"e": email, "l": sorted(lijsten), "t": round(time.time(), 6)}
    if volgt:
        data.update(v=volgt, f=frequentie or "week")
    return signing.dumps(data, salt=ZOUT, compress=True)


def lees_bevestigingssleutel(sleutel):
    """(email, lijsten, made at); raises signing.SignatureExpired or signing.BadSignature.
    A link from before "t" existed counts as made at the epoch (it only confirms an address
    that never confirmed nor left)."""
    data = signing.loads(sleutel, salt=ZOUT, max_age=geldigheid())
    gemaakt = datetime.datetime.fromtimestamp(float(data.get("t", 0)), tz=datetime.UTC)
    return data["e"], data["l"], gemaakt


def lees_volgwensen(sleutel):
    """(choices to follow, frequency) a valid confirmation key carries: ([], None) if none."""
    data = signing.loads(sleutel, salt=ZOUT, max_age=geldigheid())
    return data.get("v") or [], data.get("f")


def _teller(sleutel, venster):
    # the shared "limieten" cache (Redis in production): one count for every worker
    cache = caches["limieten"]
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
    """The client's address behind the proxy, as the login limit counts it."""
    return client_adres(request)
