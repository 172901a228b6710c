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


def normaliseer_zoekopdracht(querystring: str) -> str:
    """A saved case-law search as the search page itself writes its URL (facet values as
    codes, a fixed order, no page number): one search, one key, whichever URL it came from."""
    from urllib.parse import urlencode

    from django.http import QueryDict

    from rechtspraak.zoekvraag import Zoekvraag

    vraag = Zoekvraag.uit_parameters(QueryDict(str(querystring or "").lstrip("?")[:1000]))
    return urlencode([p for p in vraag.parameters() if p[0] != "sortering"])[:500]


def uitspraken_die_voldoen(querystring: str, kandidaten) -> set:
    """The ids among `kandidaten` (judgments, e.g. those published this week) that the saved
    case-law search finds, asked of the search itself (its words, facets and period), within
    the decision dates of the candidates so that the answer stays small."""
    from django.http import QueryDict

    from rechtspraak.search import engine
    from rechtspraak.zoekvraag import Zoekvraag

    if not kandidaten:
        return set()
    vraag = Zoekvraag.uit_parameters(QueryDict(querystring))
    datums = [u.datum for u in kandidaten]
    van = max(d for d in (vraag.van, min(datums)) if d)
    tot = min(d for d in (vraag.tot, max(datums)) if d)
    if van > tot:
        return set()
    vraag.van, vraag.tot = van, tot
    ruw = engine().zoek(vraag, 0, 100_000)
    return set(ruw.ids) & {u.pk for u in kandidaten}
