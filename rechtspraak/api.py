"""Open data: /api/rechtspraak/?q=&instantie=&jaar=&thema=&soort=&taal=&van=&tot=&page= as JSON.

{"count": n, "results": [{"title", "url", "instantie", "datum", "nummer", "ecli",
                           "bron" (the court's or Juportal's page, or null), "snippet"}],
 "facets": {"instantie": {label: count}, "jaar": {"2024": count}, "thema": {...},
            "soort": {...}, "taal": {...}}}

A filter takes the label shown in the facet or its code; each facet is counted with the
other facets' filters applied. `van` and `tot` (YYYY-MM-DD, both included) limit the
decision date, for the results and every facet count; a malformed date counts as not given.
A page past the end gives an empty result list.

`snippet` follows the rule of /api/zoeken/ (docs in ARCHITECTURE.md, "JSON APIs"): HTML in
which all text is escaped and the only element is <mark> around the words searched for.
Insert it as HTML; for plain text, drop the <mark> tags and unescape."""

from django.conf import settings
from django.http import JsonResponse
from django.views.decorators.http import require_GET

from .search import FACETTEN, Zoekvraag, zoek


@require_GET
def rechtspraak_api(request):
    vraag = Zoekvraag.uit_parameters(request.GET)
    resultaat = zoek(vraag, klem_pagina=False)
    antwoord = JsonResponse(
        {
            "count": resultaat.aantal,
            "results": [
                {
                    "title": u.titel,
                    "url": settings.SITE_URL + u.get_url(),
                    "instantie": u.instantie.naam,
                    "datum": u.datum.isoformat(),
                    "nummer": u.nummer,
                    "ecli": u.ecli,
                    "bron": u.bron_url or None,
                    "snippet": str(u.snippet),
                }
                for u in resultaat.uitspraken
            ],
            "facets": {
                facet: {w.label: w.aantal for w in resultaat.facetten[facet]} for facet in FACETTEN
            },
        },
        json_dumps_params={"ensure_ascii": False},
    )
    antwoord["Access-Control-Allow-Origin"] = "*"
    return antwoord
