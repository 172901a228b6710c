"""System checks of the project's own, run by `manage.py check --deploy`."""

from django.conf import settings
from django.core.cache.backends.dummy import DummyCache
from django.core.cache.backends.locmem import LocMemCache
from django.core.checks import Tags, Warning, register
from django.utils.module_loading import import_string

# Caches that every gunicorn worker (and every host) must share, and what goes wrong if not.
GEDEELDE_CACHES = {
    "default": "elke worker heeft zijn eigen paginacache, en een publicatie leegt alleen die "
    "van de worker die ze verwerkte",
    "limieten": "elke worker telt zijn eigen aanvragen: de limieten van de nieuwsbrief gelden "
    "per worker, niet per bezoeker",
}


@register(Tags.caches, deploy=True)
def gedeelde_cache(app_configs=None, **kwargs):
    """Production on the local-memory cache: each worker keeps its own copy, so a purge on
    publish reaches one worker only, and each worker counts its own requests, so every
    limit is multiplied by the number of workers."""
    meldingen = []
    for alias, gevolg in GEDEELDE_CACHES.items():
        config = settings.CACHES.get(alias)
        if config is None:
            continue
        backend = import_string(config["BACKEND"])
        if issubclass(backend, (LocMemCache, DummyCache)):
            meldingen.append(
                Warning(
                    f"De cache '{alias}' staat in het lokale geheugen van elk proces: {gevolg}.",
                    hint="Zet REDIS_URL (of CACHE_URL=redis://…) in de omgeving van productie.",
                    id="core.W001",
                )
            )
    return meldingen
