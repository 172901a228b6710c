"""Editors' search promotions (Wagtail's `wagtail.contrib.search_promotions`, admin >
Instellingen > Gepromote zoekresultaten): a page or link editors put on top for one query.
The site search shows them first on the first page of all results, also for a query that
finds nothing otherwise. Matched on the query as Wagtail normalises it (lower case, single
spaces), as the search log and the follow-up screen name queries."""

from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.search.utils import normalise_query_string

from .paginas import soort_van_pagina


def promoties(zoekterm):
    """[(title, url, description, kind)] for the query, in the editors' order; live pages
    only. The kind is the key the page's type is registered under (registratie.py), "" for
    an external link or a page of a type the search does not know."""
    term = normalise_query_string(str(zoekterm or ""))
    if not term:
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
