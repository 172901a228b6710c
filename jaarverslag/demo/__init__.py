"""Demo data for `make run`: the trainings and coaching of 2023 to 2025 (those of 2024 are
the rows of the annual report, figures 58 and 59 of docs/DOMEIN.md), read by the importers,
and the figures from outside the site of 2023 and 2024.

The demo site is loaded today, so by its own record it did not exist in 2024. For the demo
chapter of 2024 it is dated as a site that has run since 2020: theme pages and dossiers
first published then, news pages on their date, and Wagtail's log holding a publication of
each news page on its date and of each theme page on its "laatst inhoudelijk bijgewerkt"."""

import datetime
import json
from pathlib import Path
from zoneinfo import ZoneInfo

from django.conf import settings
from wagtail.models import PageLogEntry

from jaarverslag.importeren import importeer_begeleidingen, importeer_vormingen
from jaarverslag.models import ExterneCijfers, Vorming
from kennisbank.models import DossierPagina, NieuwsPagina, ThemaPagina

MAP = Path(__file__).resolve().parent
SINDS = datetime.date(2020, 1, 6)


def _moment(dag):
    return datetime.datetime.combine(dag, datetime.time(9), tzinfo=ZoneInfo(settings.TIME_ZONE))


def _site_sinds_2020():
    vandaag = datetime.date.today()
    for model in (ThemaPagina, DossierPagina):
        model.objects.filter(first_published_at__date__gte=vandaag).update(
            first_published_at=_moment(SINDS)
        )
    for pagina in NieuwsPagina.objects.live().filter(datum__lt=vandaag):
        NieuwsPagina.objects.filter(pk=pagina.pk).update(first_published_at=_moment(pagina.datum))
        PageLogEntry.objects.log_action(pagina, "wagtail.publish", timestamp=_moment(pagina.datum))
    for pagina in ThemaPagina.objects.live().filter(laatst_bijgewerkt__lt=vandaag):
        moment = _moment(pagina.laatst_bijgewerkt)
        PageLogEntry.objects.log_action(pagina, "wagtail.publish", timestamp=moment)


def laad():
    if Vorming.objects.exists():
        return f"vormingen en begeleidingen waren al geladen ({Vorming.objects.count()} vormingen)"
    _site_sinds_2020()
    vormingen = importeer_vormingen(MAP / "vormingen.csv")
    begeleidingen, activiteiten = importeer_begeleidingen(MAP / "begeleidingen.csv")
    for cijfers in json.loads((MAP / "cijfers.json").read_text(encoding="utf-8")):
        ExterneCijfers.objects.update_or_create(jaar=cijfers.pop("jaar"), defaults=cijfers)
    return (
        f"{vormingen} vormingen en {begeleidingen} begeleidingen met {activiteiten} activiteiten "
        "aangemaakt (2024 zoals in het jaarverslag); het jaarverslag staat onder Jaarverslag"
    )
