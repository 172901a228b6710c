"""The address of the client, as the project counts it (login limit, newsletter limit).

Behind a reverse proxy every request comes from the proxy: REMOTE_ADDR is nginx's own
address, and all visitors together would be one client (issue 12, findings 1 and 2). Each
trusted proxy appends the address it received the request from to X-Forwarded-For, so
with ``TRUSTED_PROXY_COUNT`` proxies in front (nginx: 1) the client is the entry that
many places from the right. Entries further left are whatever the client sent itself and
are never believed. Without trusted proxies (development, tests, a server that is reached
directly) the header is ignored and REMOTE_ADDR counts.

The header is parsed by django-ipware (the library django-axes uses for the same job);
axes gets its address from here (``AXES_CLIENT_IP_CALLABLE``), so both limits always
agree on who the client is."""

from django.conf import settings
from ipware import get_client_ip


def client_adres(request) -> str:
    hops = settings.TRUSTED_PROXY_COUNT
    peer = request.META.get("REMOTE_ADDR", "")
    if hops <= 0:
        return peer
    # ipware counts the proxies *in* the header: the nearest proxy is the one that
    # appended the right-most entry, and it is not itself listed
    adres, _ = get_client_ip(
        request,
        proxy_order="left-most",
        proxy_count=hops - 1,
        request_header_order=["HTTP_X_FORWARDED_FOR", "REMOTE_ADDR"],
        strict=False,
    )
    return adres or peer
