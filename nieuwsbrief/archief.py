"""The public archive: every edition whose sending started, as its readers got it (the mail
itself, `mail.render_html(archief=True)`), without their personal links."""

from csp.decorators import csp
from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_http_methods

from core.parameters import geheel_getal

from .mail import render_html
from .models import VOORBEELD_CSP, Editie

# An archived edition is the mail itself (mail.render_html, CSS inlined as the mail has it),
# so it needs inline styles: this policy instead of the site's, no script at all, never framed.
ARCHIEF_CSP = {**VOORBEELD_CSP, "frame-ancestors": ["'none'"]}
PER_PAGINA = 25
# The digests (soort "meldingen") are personal, one per subscriber: never in the archive.
SOORTEN = [Editie.Soort.NIEUWSBRIEF, Editie.Soort.RECHTSPRAAK]


def _openbare_edities():
    return Editie.objects.filter(
        soort__in=SOORTEN, status__in=[Editie.Status.IN_VERZENDING, Editie.Status.VERZONDEN]
    ).order_by("-verzending_gestart_op", "-pk")


@require_http_methods(["GET", "HEAD"])
def archief(request):
    """Every edition whose sending has started, newest first; `?soort=` one kind only."""
    edities = _openbare_edities()
    soort = request.GET.get("soort", "")
    if soort in SOORTEN:
        edities = edities.filter(soort=soort)
    else:
        soort = ""
    paginator = Paginator(edities.only("pk", "titel", "soort", "verzending_gestart_op"), PER_PAGINA)
    nummer = geheel_getal(request.GET.get("page"), minimum=1, standaard=1)
    return render(
        request,
        "nieuwsbrief/archief.html",
        {
            "edities": paginator.page(min(nummer, paginator.num_pages)),
            "soorten": [(s.value, s.label) for s in SOORTEN],
            "gekozen_soort": soort,
            "querystring_base": f"soort={soort}" if soort else "",
        },
    )


@require_http_methods(["GET", "HEAD"])
@csp(ARCHIEF_CSP)
def archief_editie(request, pk):
    """One sent edition as its readers got it, without their personal links. A draft or a
    scheduled edition is not public: 404."""
    editie = get_object_or_404(_openbare_edities(), pk=pk)
    return HttpResponse(render_html(editie, archief=True))
