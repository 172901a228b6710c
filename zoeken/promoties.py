"""Editors' search promotions (Wagtail's `wagtail.contrib.search_promotions`, admin >
Instellingen > Gepromote zoekresultaten): a page or link editors put on top for one query.
The site search shows them first on the first page of all results, also for a query that
finds nothing otherwise. Matched on the query as Wagtail normalises it (lower case, single
spaces), as the search log and the follow-up screen name queries.

Few queries have a promotion: the set of those queries is read once and kept for
PROMOTIES_TTL seconds, so a search for any other query asks the database nothing. A change of
a promotion clears it at once in the process that saved it (signals below), other processes
follow within the TTL; the promotions themselves (live pages, URLs) are read when shown."""

import threading
import time

from django.db.models.signals import post_delete, post_save
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.search.utils import normalise_query_string

from .paginas import soort_van_pagina

PROMOTIES_TTL = 60  # seconds

_state = {"termen": None, "geladen": 0.0}
_lock = threading.Lock()


def _gepromote_termen():
    termen = _state["termen"]
    if termen is None or time.monotonic() - _state["geladen"] > PROMOTIES_TTL:
        with _lock:
            termen = frozenset(
                SearchPromotion.objects.values_list("query__query_string", flat=True)
            )
            _state["termen"] = termen
            _state["geladen"] = time.monotonic()
    return termen


def wis_cache(**kwargs) -> None:
    """Called when an editor changes a promotion (or its query)."""
    _state["termen"] = None


for _model in (SearchPromotion, Query):
    post_save.connect(wis_cache, sender=_model, dispatch_uid=f"zoek_promo_save_{_model.__name__}")
    post_delete.connect(wis_cache, sender=_model, dispatch_uid=f"zoek_promo_del_{_model.__name__}")


def promoties(zoekterm):
    """[(title, url, description, kind)] for the query, in the editors' order; live pages
    only. The kind is the key the page's type is registered under (registratie.py), "" for
    an external link or a page of a type the search does not know."""
    term = normalise_query_string(str(zoekterm or ""))
    if not term or term not in _gepromote_termen():
        return []
    uit = []
    rijen = (
        SearchPromotion.objects.filter(query__query_string=term)
        .select_related("page")
        .order_by("sort_order", "pk")
    )
    for promotie in rijen:
        if promotie.page_id:
            pagina = promotie.page
            if not pagina.live:
                continue
            url = pagina.get_url()
            if url:
                soort = soort_van_pagina(pagina)
                sleutel = soort.sleutel if soort else ""
                uit.append((pagina.title, url, promotie.description or "", sleutel))
        elif promotie.external_link_url:
            uit.append(
                (
                    promotie.external_link_text or promotie.external_link_url,
                    promotie.external_link_url,
                    promotie.description or "",
                    "",
                )
            )
    return uit
