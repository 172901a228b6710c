"""Demo content of the kennisbank (for `make run` and the tests), as data loaded through the
real importer: about sixty theme pages, thirty news pages, three dossiers and twenty begrippen
in kennisbank.jsonl (the JSON lines `kennisbank_import` reads and `kennisbank_export` writes),
and the home page intro and the juridesk page's texts in vaste_paginas.json.

To change the demo, edit those files (or change the pages in the admin and export them with
`kennisbank_export`). Idempotent: a second run finds every page equal to its line and writes
nothing; a field an editor filled in on the home or juridesk page stays.

The import publishes the pages today; the demo site reads as one that has run since 2020 (the
annual report's chapter of 2024 counts it): theme pages and dossiers first published then,
news pages on their `datum`, and Wagtail's log holding a publication of each news page on its
date and of each theme page on its `bijgewerkt`. Only pages published today are dated."""

import datetime
import json
from pathlib import Path
from zoneinfo import ZoneInfo

from django.conf import settings
from wagtail.fields import RichTextField
from wagtail.models import PageLogEntry

from ..importer import importeer
from ..models import DossierPagina, HomePage, JurideskPagina, NieuwsPagina, ThemaPagina
from ..omzetting import rich_text

MAP = Path(__file__).resolve().parent
BESTAND = MAP / "kennisbank.jsonl"
VASTE_PAGINAS = MAP / "vaste_paginas.json"
# The pages the site has once, by their name in vaste_paginas.json (and in the summary).
MODELLEN = {"startpagina": HomePage, "juridesk-pagina": JurideskPagina}
SINDS = datetime.date(2020, 1, 6)


def _moment(dag):
    return datetime.datetime.combine(dag, datetime.time(9), tzinfo=ZoneInfo(settings.TIME_ZONE))


def _site_sinds_2020():
    vandaag = datetime.date.today()
    vandaag_gepubliceerd = {"first_published_at__date__gte": vandaag}
    themas = list(ThemaPagina.objects.filter(**vandaag_gepubliceerd).values_list("pk", flat=True))
    for model in (ThemaPagina, DossierPagina):
        model.objects.filter(**vandaag_gepubliceerd).update(first_published_at=_moment(SINDS))
    for pagina in NieuwsPagina.objects.live().filter(datum__lt=vandaag, **vandaag_gepubliceerd):
        NieuwsPagina.objects.filter(pk=pagina.pk).update(first_published_at=_moment(pagina.datum))
        PageLogEntry.objects.log_action(pagina, "wagtail.publish", timestamp=_moment(pagina.datum))
    for pagina in ThemaPagina.objects.live().filter(pk__in=themas, laatst_bijgewerkt__lt=vandaag):
        moment = _moment(pagina.laatst_bijgewerkt)
        PageLogEntry.objects.log_action(pagina, "wagtail.publish", timestamp=moment)


def _vul_in(page, waarden):
    """Fill the fields that are still empty and publish; an editor's own text stays."""
    leeg = {veld: waarde for veld, waarde in waarden.items() if not getattr(page, veld)}
    if not leeg:
        return False
    for veld, waarde in leeg.items():
        if isinstance(page._meta.get_field(veld), RichTextField):
            waarde = rich_text(waarde)
        setattr(page, veld, waarde)
    page.save_revision().publish()
    return True


def laad():
    resultaat = importeer(BESTAND)
    _site_sinds_2020()
    extra = []
    for naam, waarden in json.loads(VASTE_PAGINAS.read_text(encoding="utf-8")).items():
        page = MODELLEN[naam].objects.first()
        if page is not None and _vul_in(page, waarden):
            extra.append(naam)
    tekst = f"kennisbank geladen: {resultaat}"
    if extra:
        tekst += f"; bijgewerkt: {', '.join(extra)}"
    return tekst
