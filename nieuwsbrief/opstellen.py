"""Composing a draft edition: the news pages (or judgments) published since the last edition
of the same kind. The editor then reorders, removes and adds an introduction in Wagtail."""

import datetime

from django.db import transaction
from django.utils import timezone
from django.utils.formats import date_format

from .models import Editie, NieuwsItem, UitspraakItem
from .rechtspraak import uitspraken_sinds

STANDAARD_PERIODE = datetime.timedelta(days=31)


def vorige_editie(soort):
    return (
        Editie.objects.filter(soort=soort, periode_tot__isnull=False)
        .order_by("-periode_tot", "-pk")
        .first()
    )


def begin_periode(soort, sinds: datetime.date | None = None):
    if sinds:
        return timezone.make_aware(datetime.datetime.combine(sinds, datetime.time.min))
    vorige = vorige_editie(soort)
    return vorige.periode_tot if vorige else timezone.now() - STANDAARD_PERIODE


@transaction.atomic
def stel_nieuwsbrief_op(sinds: datetime.date | None = None) -> Editie:
    from kennisbank.models import NieuwsPagina

    van = begin_periode(Editie.Soort.NIEUWSBRIEF, sinds)
    tot = timezone.now()
    paginas = (
        NieuwsPagina.objects.live()
        .public()
        .filter(first_published_at__gt=van, first_published_at__lte=tot)
        .order_by("-datum", "-first_published_at", "-pk")
    )
    editie = Editie.objects.create(
        soort=Editie.Soort.NIEUWSBRIEF,
        titel=f"E-nieuwsbrief vreemdelingenrecht en internationaal familierecht – "
        f"{date_format(timezone.localdate(), 'F Y')}",
        periode_van=van,
        periode_tot=tot,
    )
    NieuwsItem.objects.bulk_create(
        [NieuwsItem(editie=editie, pagina=p, sort_order=i) for i, p in enumerate(paginas)]
    )
    return editie


@transaction.atomic
def stel_rechtspraakmailing_op(sinds: datetime.date | None = None) -> Editie:
    van = begin_periode(Editie.Soort.RECHTSPRAAK, sinds)
    tot = timezone.now()
    # Dates have no time of day: the first day is included, and what an earlier mailing
    # already carried is left out.
    al_verstuurd = set(
        UitspraakItem.objects.filter(editie__soort=Editie.Soort.RECHTSPRAAK).values_list(
            "link", flat=True
        )
    )
    uitspraken = [
        u
        for u in uitspraken_sinds(timezone.localdate(van), timezone.localdate(tot))
        if u["link"] not in al_verstuurd
    ]
    editie = Editie.objects.create(
        soort=Editie.Soort.RECHTSPRAAK,
        titel=f"Rechtspraakmailing vreemdelingenrecht – {date_format(timezone.localdate(), 'F Y')}",
        periode_van=van,
        periode_tot=tot,
    )
    UitspraakItem.objects.bulk_create(
        [UitspraakItem(editie=editie, sort_order=i, **u) for i, u in enumerate(uitspraken)]
    )
    return editie


def stel_op(soort=Editie.Soort.NIEUWSBRIEF, sinds=None) -> Editie:
    if soort == Editie.Soort.RECHTSPRAAK:
        return stel_rechtspraakmailing_op(sinds)
    return stel_nieuwsbrief_op(sinds)
