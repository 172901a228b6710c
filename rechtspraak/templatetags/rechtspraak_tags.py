"""{% laatste_uitspraken page %}: the latest judgments on a theme page (its sub-themes
included) or a dossier (linked to the dossier or to one of its themes). Renders nothing when
there are none.

{% rechtspraak_links page %}: "Rechtspraak over dit thema", the case-law search and its Atom
feed for a theme page (for a dossier: for each of its themes)."""

from django import template
from django.db.models import Q

from kennisbank.models import DossierPagina, ThemaPagina
from kennisbank.verbanden import live_paginas
from rechtspraak.models import Uitspraak, thema_pad

register = template.Library()
AANTAL = 5


@register.inclusion_tag("rechtspraak/includes/laatste_uitspraken.html")
def laatste_uitspraken(page, aantal=AANTAL):
    specifiek = getattr(page, "specific", page)
    qs = Uitspraak.objects.filter(live=True).select_related("instantie")
    meer_url = ""
    if isinstance(specifiek, ThemaPagina):
        qs = qs.filter(themas__path__startswith=specifiek.path)
        meer_url = f"/rechtspraak/?thema={thema_pad(specifiek)}"
    elif isinstance(specifiek, DossierPagina):
        # a preview holds the dossier's themes in memory, and a new dossier has no id yet
        thema_ids = [thema.pk for thema in live_paginas(specifiek, "themas")]
        bij_dossier = Q(dossiers=specifiek) if specifiek.pk else Q(pk__in=[])
        qs = qs.filter(bij_dossier | Q(themas__in=thema_ids))
    else:
        return {"uitspraken": []}
    ids = list(qs.order_by("-datum", "-pk").values_list("pk", flat=True).distinct()[: aantal * 3])
    uitspraken = list(
        Uitspraak.objects.filter(pk__in=ids)
        .select_related("instantie")
        .order_by("-datum", "-pk")[:aantal]
    )
    return {"uitspraken": uitspraken, "meer_url": meer_url, "page": specifiek}


@register.inclusion_tag("rechtspraak/includes/rechtspraak_links.html")
def rechtspraak_links(page):
    specifiek = getattr(page, "specific", page)
    if isinstance(specifiek, ThemaPagina) and specifiek.pk:
        themas, dossier = [specifiek], False
    elif isinstance(specifiek, DossierPagina):
        themas, dossier = live_paginas(specifiek, "themas"), True
    else:
        themas, dossier = [], False
    return {
        "dossier": dossier,
        "links": [
            {
                "thema": thema,
                "zoeken": f"/rechtspraak/?thema={thema.pk}",
                "feed": f"/rechtspraak/feed/?thema={thema.pk}",
            }
            for thema in themas
        ],
    }
