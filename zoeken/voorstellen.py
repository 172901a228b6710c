"""Learning from use: everyday-words entries proposed from the search log (zoeklog.py).

When the results opened for a query go (almost) all to one page although that page does not
hold the query's words, the readers evidently meant that page: the query is proposed as an
everyday phrase for the page's title ("blauw boekje" → "Verblijfskaarten"). A proposal is an
`Omgangstaal` row with `voorstel` set and `actief` off: it changes no search until an editor
reviews it in the admin (Omgangstaal, filter "Voorstel uit het zoekgedrag") and switches it
on. Never applied by itself; a phrase already on the list is not proposed again.
Run by `omgangstaal_voorstellen` (a periodic job, after the log is written away)."""

import datetime
from collections import Counter, defaultdict

from django.db.models import Sum
from django.utils import timezone

from . import analyse, zoeklog
from .gedeeld import voldoet
from .models import Omgangstaal, ZoekDocument, ZoekKlik

DAGEN = 90
MIN_KLIKKEN = 3  # opened results of one query, at the least
AANDEEL = 0.8  # the share of them that went to the one page


def _tokens(doc):
    return set(
        " ".join(
            (doc.tokens_titel, doc.tokens_samenvatting, doc.tokens_tekst, doc.tokens_extra)
        ).split()
    )


def stel_voor(dagen=DAGEN, min_klikken=MIN_KLIKKEN, aandeel=AANDEEL) -> list[Omgangstaal]:
    """Propose entries from the clicks of the last `dagen` days; returns the new proposals."""
    zoeklog.schrijf_weg()
    sinds = timezone.localdate() - datetime.timedelta(days=dagen)
    per_term: dict[str, Counter] = defaultdict(Counter)
    rijen = (
        ZoekKlik.objects.filter(dag__gte=sinds)
        .values("zoekterm", "doel")
        .annotate(n=Sum("aantal"))
        .values_list("zoekterm", "doel", "n")
    )
    for zoekterm, doel, n in rijen:
        per_term[zoekterm][doel] += n
    bekend = {
        analyse.fold(u).strip() for u in Omgangstaal.objects.values_list("uitdrukking", flat=True)
    }
    nieuw = []
    for zoekterm, doelen in sorted(per_term.items()):
        totaal = sum(doelen.values())
        doel, n = doelen.most_common(1)[0]
        if totaal < min_klikken or n < aandeel * totaal:
            continue
        if analyse.fold(zoekterm).strip() in bekend:
            continue
        doc = ZoekDocument.objects.filter(url=doel).first()
        query = analyse.ontleed_query(zoekterm)
        if doc is None or query.leeg:
            continue
        tokens = _tokens(doc)
        if all(voldoet(deel.letterlijk, tokens) for deel in query.delen):
            continue  # the page holds the words: the search finds it as it is
        nieuw.append(
            Omgangstaal(
                uitdrukking=zoekterm[:200],
                termen=doc.titel,
                opmerking=(
                    f"Voorgesteld: {n} van de {totaal} geopende resultaten in {dagen} dagen "
                    f"gingen naar {doel}."
                )[:300],
                actief=False,
                voorstel=True,
            )
        )
        bekend.add(analyse.fold(zoekterm).strip())
    for voorstel in nieuw:
        voorstel.save()
    return nieuw
