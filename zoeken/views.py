"""The site search page and its JSON endpoints. Every input answers 200: the query goes
through the analysis (analyse.py), never into a query language."""

import re
from urllib.parse import urlencode

from django.http import HttpResponseRedirect, JsonResponse
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from core.parameters import geheel_getal

from . import zoeklog
from .analyse import MAX_QUERY_CHARS
from .models import Synoniemgroep
from .registratie import soort, soorten
from .search import PER_PAGINA, direct_treffer, suggesties, zoek

API_MAX_PER_PAGINA = 50


def _param(request, naam, lengte=MAX_QUERY_CHARS):
    waarde = request.GET.get(naam, "")
    return waarde.replace("\x00", "")[:lengte].strip()


def _query_string(**params):
    return urlencode({k: v for k, v in params.items() if v not in (None, "", 1)})


@require_safe
def zoeken(request):
    zoekterm = _param(request, "q")
    type = _param(request, "type", 20)
    type = type if type in soorten() else ""
    pagina = geheel_getal(request.GET.get("page"), minimum=1, standaard=1)
    if zoekterm and pagina == 1 and request.GET.get("direct") != "0":
        url = direct_treffer(zoekterm)
        veilig = url and url_has_allowed_host_and_scheme(url, allowed_hosts={request.get_host()})
        if veilig and (not type or soort(type).opent_direct):
            antwoord = redirect(url)
            if not type:
                zoeklog.tel_na(antwoord, zoeklog.treffer(zoeklog.normaliseer(zoekterm), url))
            return antwoord
    uitkomst = zoek(zoekterm, type=type or None, pagina=pagina)
    # The log counts a new search (its first page, all types); a result opens through
    # /zoeken/klik/, which counts it (no JavaScript, no cookie).
    term = zoeklog.normaliseer(zoekterm)
    nieuw = pagina == 1 and not type and not uitkomst.fout
    eerste = (uitkomst.pagina - 1) * PER_PAGINA + 1
    regels = [
        {"r": r, "href": _klik_url(term, eerste + i, r.url) if term else r.url}
        for i, r in enumerate(uitkomst.resultaten)
    ]
    filters = [
        {
            "type": "",
            "label": "Alles",
            "aantal": uitkomst.alle_types,
            "url": "?" + _query_string(q=zoekterm, direct="0"),
            "actief": not type,
        }
    ] + [
        {
            "type": t,
            "label": s.meervoud,
            "aantal": uitkomst.per_type.get(t, 0),
            "url": "?" + _query_string(q=zoekterm, type=t, direct="0"),
            "actief": type == t,
        }
        for t, s in soorten().items()
        if uitkomst.per_type.get(t) or type == t
    ]
    basis = _query_string(q=zoekterm, type=type, direct="0")
    context = {
        "zoekterm": zoekterm,
        "type": type,
        "uitkomst": uitkomst,
        "filters": filters,
        "type_label": soort(type).label if type else "",
        "vorige_url": f"?{basis}&page={uitkomst.pagina - 1}" if uitkomst.pagina > 1 else None,
        "volgende_url": (
            f"?{basis}&page={uitkomst.pagina + 1}"
            if uitkomst.pagina < uitkomst.aantal_paginas
            else None
        ),
        "suggestie_url": (
            "?" + _query_string(q=uitkomst.suggestie, type=type) if uitkomst.suggestie else None
        ),
        "per_pagina": PER_PAGINA,
        "eerste_nummer": eerste,
        "regels": regels,
    }
    antwoord = render(request, "zoeken/zoeken.html", context)
    if nieuw:
        zoeklog.tel_na(antwoord, zoeklog.zoekopdracht(term, uitkomst.totaal))
    return antwoord


def _klik_url(term, positie, doel):
    teken = zoeklog.handtekening(term, positie, doel)
    return "/zoeken/klik/?" + urlencode({"q": term, "p": positie, "u": doel, "s": teken})


def _lokaal_pad(doel):
    """Only a path on this site: never another host, scheme or protocol-relative URL."""
    if not doel.startswith("/") or doel.startswith("//") or "\\" in doel:
        return None
    if any(ord(c) < 32 for c in doel):
        return None
    if not url_has_allowed_host_and_scheme(doel, allowed_hosts=None):
        return None
    return doel


@never_cache
@require_safe
def klik(request):
    """A search result opened: count it (when the link is one the search page made) and go
    there. Only paths on this site are followed (no open redirect); no cookie is set."""
    term = _param(request, "q", zoeklog.MAX_ZOEKTERM)
    doel = _lokaal_pad(request.GET.get("u", "")[:500])
    positie = geheel_getal(request.GET.get("p"), minimum=1, maximum=10_000)
    if doel is None:
        return redirect("/zoeken/?" + _query_string(q=term) if term else "/zoeken/")
    antwoord = HttpResponseRedirect(doel)
    if positie and zoeklog.geldige_handtekening(term, positie, doel, request.GET.get("s")):
        zoeklog.tel_na(antwoord, zoeklog.klik(term, doel, positie))
    return antwoord


@require_safe
def api_zoeken(request):
    zoekterm = _param(request, "q")
    type = _param(request, "type", 20)
    pagina = geheel_getal(request.GET.get("page"), minimum=1, standaard=1)
    per_pagina = geheel_getal(request.GET.get("limit"), minimum=1, standaard=PER_PAGINA)
    per_pagina = min(per_pagina, API_MAX_PER_PAGINA)
    uitkomst = zoek(
        zoekterm, type=type if type in soorten() else None, pagina=pagina, per_pagina=per_pagina
    )
    data = {
        "count": uitkomst.totaal,
        "results": [r.als_json() for r in uitkomst.resultaten],
        "page": uitkomst.pagina,
        "pages": uitkomst.aantal_paginas,
        "counts": uitkomst.per_type,
        # no result holds every word: these hold some, the most first
        "partial": uitkomst.gedeeltelijk,
    }
    if uitkomst.suggestie:
        data["suggestion"] = uitkomst.suggestie
    return JsonResponse(data, json_dumps_params={"ensure_ascii": False})


@require_safe
def api_suggesties(request):
    zoekterm = _param(request, "q", 100)
    return JsonResponse(
        {"suggesties": suggesties(zoekterm)}, json_dumps_params={"ensure_ascii": False}
    )


@require_safe
def api_synoniemen(request):
    """The active synonym groups as editors typed them: {"groepen": [["leefloon", ...]]}.
    Read by the juridesk logging screen's theme type-ahead in the browser, so juridesk
    needs no import of the site search (ARCHITECTURE.md)."""
    groepen = []
    for termen in Synoniemgroep.objects.filter(actief=True).values_list("termen", flat=True):
        groep = []
        for term in re.split(r"[,;\n]+", termen or ""):
            term = " ".join(term.split())
            if term and term not in groep:
                groep.append(term)
        if len(groep) >= 2:
            groepen.append(groep)
    antwoord = JsonResponse({"groepen": groepen}, json_dumps_params={"ensure_ascii": False})
    antwoord["Cache-Control"] = "max-age=60"
    return antwoord
