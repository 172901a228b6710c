"""Page cache for anonymous visitors of Wagtail pages.

What is cached: the 200 responses of Wagtail's page serving (url name ``wagtail_serve``) to
GET and HEAD requests without a session cookie, stored whole (status, headers, body) in the
default cache (Redis in production, shared by every gunicorn worker and host).

What never is: anything for a request with a session cookie (every logged-in user has
one), the admin and every other view, POST, responses that set a cookie or carry
``Cache-Control: private/no-cache/no-store``, pages that used a CSRF token (a form) or
showed messages, streaming responses.

Purging: every key holds a *generation* number (core.generaties); ``leeg_paginacache()``
draws a new one, so every cached page is gone at once, on every worker (the old entries
expire by themselves). The whole cache goes, not one page: a changed title shows in
menus, lists, breadcrumbs and related links on many other pages.
"""

import hashlib
import time

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse

from core import generaties

GENERATIE_KEY = "paginacache:generatie"
HEADERS_NIET_BEWAREN = {"set-cookie", "content-length"}


# The generation as this process last read it, and until when (time.monotonic()) it may
# be used without asking the cache again: one round trip less for most requests. Another
# worker's purge is seen within PAGINA_CACHE_GENERATIE_SECONDEN; this process's own at once.
_lokaal = {"generatie": None, "tot": 0.0}


def _generatie():
    nu = time.monotonic()
    if _lokaal["generatie"] is not None and nu < _lokaal["tot"]:
        return _lokaal["generatie"]
    generatie = generaties.huidige(GENERATIE_KEY)
    _lokaal.update(generatie=generatie, tot=nu + settings.PAGINA_CACHE_GENERATIE_SECONDEN)
    return generatie


def leeg_paginacache():
    """Empty the page cache for every worker (bump the generation)."""
    _lokaal.update(generatie=generaties.verhoog(GENERATIE_KEY), tot=0.0)


def leeg_na_commit():
    """Empty the cache now and, inside a transaction, once more when it commits (once per
    transaction: an import of 10,000 judgments does not register 10,000 purges)."""
    generaties.nu_en_na_commit(leeg_paginacache)


def cache_key(request):
    url = f"{request.get_host()}{request.get_full_path()}"
    digest = hashlib.sha256(url.encode()).hexdigest()
    return f"paginacache:{_generatie()}:{digest}"


def request_is_cachebaar(request):
    if request.method not in ("GET", "HEAD"):
        return False
    if settings.SESSION_COOKIE_NAME in request.COOKIES or "messages" in request.COOKIES:
        return False
    return not request.path_info.startswith(settings.ADMIN_PREFIX)


def response_is_cachebaar(request, response):
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    match = getattr(request, "resolver_match", None)
    if match is None or match.url_name != "wagtail_serve":
        return False
    cache_control = response.get("Cache-Control", "").lower()
    if any(woord in cache_control for woord in ("private", "no-cache", "no-store")):
        return False
    # a page with a form used the CSRF token: the token (and cookie) are per visitor
    if request.META.get("CSRF_COOKIE_NEEDS_UPDATE") or request.META.get("CSRF_COOKIE_USED"):
        return False
    berichten = getattr(request, "_messages", None)
    if berichten is not None and (getattr(berichten, "used", False) or len(berichten)):
        return False
    user = getattr(request, "user", None)
    # only look if something already loaded the user (it has no session cookie anyway)
    return not (user is not None and getattr(user, "is_authenticated", False) is True)


def bewaar(request, response):
    if hasattr(response, "render") and not response.is_rendered:
        response.render()
    headers = [(k, v) for k, v in response.items() if k.lower() not in HEADERS_NIET_BEWAREN]
    cache.set(
        cache_key(request),
        (response.status_code, headers, response.content),
        timeout=settings.PAGINA_CACHE_SECONDEN,
    )


def uit_cache(request):
    bewaard = cache.get(cache_key(request))
    if bewaard is None:
        return None
    status, headers, content = bewaard
    response = HttpResponse(content, status=status)
    for key, value in headers:
        response[key] = value
    return response
