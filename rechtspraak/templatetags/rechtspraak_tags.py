"""{% laatste_uitspraken page %}: the latest judgments on a theme page (its sub-themes
included) or a dossier (linked to the dossier or to one of its themes). Renders nothing when
there are none."""

from django import template
from django.db.models import Q

from rechtspraak.models import Uitspraak, thema_pad

register = template.Library()
AANTAL = 5


@register.inclusion_tag("rechtspraak/includes/laatste_uitspraken.html")
def laatste_uitspraken(page, aantal=AANTAL):
    from kennisbank.models import DossierPagina, ThemaPagina

    specifiek = getattr(page, "specific", page)
    qs = Uitspraak.objects.filter(live=True).select_related("instantie")
    meer_url = ""
    if isinstance(specifiek, ThemaPagina):
        qs = qs.filter(themas__path__startswith=specifiek.path)
        meer_url = f"/rechtspraak/?thema={thema_pad(specifiek)}"
    elif isinstance(specifiek, DossierPagina):
        thema_ids = list(specifiek.themas.values_list("pk", flat=True))
        qs = qs.filter(Q(dossiers=specifiek) | Q(themas__in=thema_ids))
    else:
        return {"uitspraken": []}
    ids = list(qs.order_by("-datum", "-pk").values_list("pk", flat=True).distinct()[: aantal * 3])
    uitspraken = list(
        Uitspraak.objects.filter(pk__in=ids)
        .select_related("instantie")
        .order_by("-datum", "-pk")[:aantal]
    )
    return {"uitspraken": uitspraken, "meer_url": meer_url, "page": specifiek}
