"""Demo data for `make run`: a year of the anonymous search log, so the follow-up screen has
something to show (the juridesk part comes from juridesk's own demo: links, noted pages,
'niet beantwoord'). About 150 searches a day over the demo theme pages; a few queries find
nothing ("bijstandsuitkering", "verblijfskaart kwijt") and a few find pages nobody opens."""

import datetime
import random

from django.utils import timezone
from wagtail.models import Site

from inhoudsopvolging.gegevens import _root_path
from kennisbank.models import ThemaPagina
from zoeken import zoeklog
from zoeken.models import ZoekDag

ZONDER_RESULTAAT = [
    ("bijstandsuitkering", 6),
    ("verblijfskaart kwijt", 4),
    ("bijlage 35 verlengen", 3),
]
NIET_GEOPEND = [("termijn beslissing dvz", 5), ("gezinshereniging inkomen 2026", 4)]


def laad():
    if ZoekDag.objects.exists():
        return f"zoeklogboek was al geladen ({ZoekDag.objects.count()} dagrijen)"
    if not Site.objects.exists():
        return "zoeklogboek overgeslagen (geen site)"
    root = _root_path()
    paginas = [
        (titel.lower(), "/" + url_path[len(root) :].strip("/") + "/")
        for titel, url_path in ThemaPagina.objects.live().values_list("title", "url_path")
    ]
    if not paginas:
        return "zoeklogboek overgeslagen (geen themapagina's)"
    rng = random.Random(16)
    gewichten = [1 / (i + 1) for i in range(len(paginas))]
    vandaag = timezone.localdate()
    items = []
    for d in range(365, 0, -1):
        dag = (vandaag - datetime.timedelta(days=d)).isoformat()
        for term, doel in rng.choices(paginas, weights=gewichten, k=150):
            items.append(("z", dag, term, rng.randint(3, 40)))
            if rng.random() < 0.7:
                items.append(("k", dag, term, doel, rng.choice([1, 1, 1, 2, 3])))
        for term, per_dag in ZONDER_RESULTAAT:
            items += [("z", dag, term, 0)] * rng.randint(0, per_dag)
        for term, per_dag in NIET_GEOPEND:
            items += [("z", dag, term, 12)] * rng.randint(0, per_dag)
    zoeklog.bewaar(items)
    return f"zoeklogboek: {sum(1 for i in items if i[0] == 'z'):,} zoekopdrachten over een jaar".replace(
        ",", "."
    )
