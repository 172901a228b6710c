"""The one place where the newsletter reads the case-law database. Imported lazily so that the
newsletter keeps working (with an empty case-law mailing) while rechtspraak changes."""

import datetime


def uitspraken_sinds(datum: datetime.date, tot: datetime.date | None = None) -> list[dict]:
    """Live judgments published on vreemdelingenrecht.be on or after `datum` (up to and
    including `tot`), as plain dicts ordered by court (its list order), then newest first."""
    from rechtspraak.models import Uitspraak

    qs = Uitspraak.objects.filter(live=True, gepubliceerd_op__gte=datum)
    if tot:
        qs = qs.filter(gepubliceerd_op__lte=tot)
    qs = qs.select_related("instantie").order_by(
        "instantie__volgorde", "instantie__naam", "-datum", "pk"
    )
    return [
        {
            "instantie": u.instantie.naam,
            "titel": f"{u.referentie}: {u.titel}",
            "datum": u.datum,
            "samenvatting": u.samenvatting,
            "link": u.full_url,
        }
        for u in qs
    ]
