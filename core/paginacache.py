"""Page cache for anonymous visitors of Wagtail pages.

What is cached: the 200 responses of Wagtail's page serving (url name ``wagtail_serve``) to
GET and HEAD requests without a session cookie, stored whole (status, headers, body) in the
default cache (Redis in production, shared by every gunicorn worker and host).

Only a page's canonical URL is stored, so nobody can flush the real pages out of the cache
with made-up URLs (issue 12, finding 9): the page's own path (not ``/verblijf//``), and
only the query parameters the page itself reads, spelled as the page would spell them.
A page type names those in ``paginacache_parameters`` and gives their canonical values
for what it showed in ``paginacache_waarden(context)`` (the news index: ``page`` and
``thema``). A request with any other parameter bypasses the cache (``?utm_source=``,
``?x=1``); one with a known parameter but another value (``?page=99`` on a news index of
three pages, ``?page=02``) is answered from the database and not stored. The key holds the
path, the parameters in a fixed order and the host name (lower case, without the port).

What never is: anything for a request with a session cookie (every logged-in user has
one), the admin and every other view, POST, responses that set a cookie or carry
``Cache-Control: private/no-cache/no-store``, pages that used a CSRF token (a form) or
showed messages, streaming responses.

Purging: every key holds a *generation* number (core.generaties); ``leeg_paginacache()``
draws a new one, so every cached page is gone at once, on every worker (the old entries
expire by themselves). The whole cache goes, not one page: a changed title shows in
menus, lists, breadcrumbs and related links on many other pages.
"""

import functools
import hashlib
import time
from urllib.parse import urlencode, urlsplit

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.http.request import split_domain_port

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


@functools.cache
def bekende_parameters() -> frozenset:
    """Every query parameter that some page type reads (``paginacache_parameters``)."""
    from wagtail.models import get_page_models

    return frozenset(
        naam for model in get_page_models() for naam in getattr(model, "paginacache_parameters", ())
    )


def cache_key(request):
    host = split_domain_port(request.get_host())[0].lower()
    query = urlencode(sorted(request.GET.lists()), doseq=True)
    url = f"{host}{request.path}?{query}"
    digest = hashlib.sha256(url.encode()).hexdigest()
    return f"paginacache:{_generatie()}:{digest}"


def request_is_cachebaar(request):
    if request.method not in ("GET", "HEAD"):
        return False
    if settings.SESSION_COOKIE_NAME in request.COOKIES or "messages" in request.COOKIES:
        return False
    if request.path_info.startswith(settings.ADMIN_PREFIX):
        return False
    return all(naam in bekende_parameters() for naam in request.GET)


def is_canonieke_url(request, response):
    """Is this request the canonical URL of the page it was answered with: the page's own
    path, and only parameters the page reads with the values it showed?"""
    route = getattr(request, "_wagtail_route_for_request", None)
    if not route:
        return False
    page, args, kwargs = route
    if args or kwargs:
        return False
    if request.path != urlsplit(page.get_url(request=request) or "").path:
        return False
    if not request.GET:
        return True
    eigen = getattr(page, "paginacache_parameters", ())
    if any(naam not in eigen for naam in request.GET):
        return False
    waarden = page.paginacache_waarden(getattr(response, "context_data", None) or {})
    return all(
        len(lijst) == 1 and waarden.get(naam) == lijst[0] for naam, lijst in request.GET.lists()
    )


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
    if user is not None and getattr(user, "is_authenticated", False) is True:
        return False
    return is_canonieke_url(request, response)


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
