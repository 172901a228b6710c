"""Public pages of the case-law database: the faceted search, a judgment, the ECLI link."""

from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render

from .ecli import ecli_fout, normaliseer_ecli
from .models import Uitspraak
from .search import FACETTEN, Zoekvraag, vind_rechtstreeks, zoek
from .zoekvraag import SORTERINGEN


def zoeken(request):
    vraag = Zoekvraag.uit_parameters(request.GET)
    if vraag.q and request.GET.get("page") in (None, "", "1"):
        uitspraak, melding = vind_rechtstreeks(vraag.q)
        if uitspraak:
            return redirect(uitspraak.get_url())
        if melding:
            vraag.meldingen.insert(0, melding)
    resultaat = zoek(vraag)
    return render(
        request,
        "rechtspraak/zoeken.html",
        {
            "vraag": vraag,
            "resultaat": resultaat,
            "facet_titels": FACETTEN,
            "sorteringen": SORTERINGEN,
            "querystring_base": _zonder_pagina(vraag),
            "feed_url": _feed_url(vraag),
            "volg_instantie": _een_instantie(vraag),
            "periode_tekst": vraag.periode_tekst,
            "opties_tekst": ", ".join(
                deel
                for deel in (
                    vraag.periode_tekst,
                    SORTERINGEN[vraag.sortering].lower() if vraag.sortering else "",
                )
                if deel
            ),
            "zoekterm": "",
        },
    )


def _feed_url(vraag):
    from urllib.parse import urlencode

    for naam in ("thema", "instantie"):
        if vraag.gekozen[naam]:
            code = next(iter(vraag.gekozen[naam].values()))
            return f"/rechtspraak/feed/?{urlencode({naam: code})}"
    return "/rechtspraak/feed/"


def _een_instantie(vraag):
    """The code of the one court the search is narrowed to ("Volg deze instantie"), else ""."""
    gekozen = vraag.gekozen["instantie"]
    return next(iter(gekozen.values())) if len(gekozen) == 1 else ""


def _zonder_pagina(vraag):
    from urllib.parse import urlencode

    return urlencode(vraag.parameters())


def uitspraak(request, pk, slug):
    uitspraak = get_object_or_404(
        Uitspraak.objects.select_related("instantie", "pdf"), pk=pk, live=True
    )
    if slug != uitspraak.slug:
        return redirect(uitspraak.get_url(), permanent=True)
    return render(request, "rechtspraak/uitspraak.html", _detail_context(uitspraak))


def uitspraak_kort(request, pk):
    uitspraak = get_object_or_404(Uitspraak, pk=pk, live=True)
    return redirect(uitspraak.get_url(), permanent=True)


def _detail_context(uitspraak):
    verwant = {
        u.pk: u
        for u in list(
            uitspraak.gerelateerde_uitspraken.filter(live=True).select_related("instantie")
        )
        + list(uitspraak.vermeld_bij.filter(live=True).select_related("instantie"))
    }
    return {
        "uitspraak": uitspraak,
        "themas": uitspraak.themas.live().public().order_by("title"),
        "dossiers": uitspraak.dossiers.live().public().order_by("title"),
        "verwant": sorted(verwant.values(), key=lambda u: u.datum),
    }


def ecli(request, ecli):
    waarde = normaliseer_ecli(ecli)
    if ecli_fout(waarde):
        raise Http404("Ongeldige ECLI")
    uitspraak = Uitspraak.objects.filter(live=True, ecli=waarde).first()
    if not uitspraak:
        raise Http404("Geen uitspraak met deze ECLI")
    return redirect(uitspraak.get_url())
