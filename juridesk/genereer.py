"""Generate realistic juridesk questions in bulk (demo data and the benchmark).

The distributions follow the 2024 annual report (docs/DOMEIN.md): regions of figure 55,
categories of figure 56, sectors of figure 57, the top themes, Ukraine in ~3.5% of the
answers. Only classifications are generated, never descriptions about persons.
"""

import datetime
import random
from zoneinfo import ZoneInfo

from django.conf import settings
from django.core.management.color import no_style
from django.db import connection, transaction
from django.db.models import Max
from django.utils import timezone

from .lijsten import (
    AFHANDELING,
    CATEGORIE,
    DOSSIER,
    KANAAL,
    LIJN,
    NATIONALITEIT,
    REGIO,
    SECTOR,
    THEMA,
    VERBLIJFSSITUATIE,
)
from .models import Vraag, VraagThema, Waarde, lokale_dag
from .tellingen import alle_dagen, bijwerken

# Figure 55 (2024); None is "Niet ingevuld".
REGIO_2024 = {
    "antwerpen": 2182,
    "brussel": 1981,
    "oost-vlaanderen": 1324,
    "vlaams-brabant": 1251,
    "west-vlaanderen": 1141,
    "limburg": 824,
    "buiten": 146,
    None: 219,
}
# 2023 counts that reproduce the changes printed in figure 55 (the report does not give them).
REGIO_2023 = {
    "antwerpen": 2508,
    "brussel": 2153,
    "oost-vlaanderen": 1505,
    "vlaams-brabant": 1406,
    "west-vlaanderen": 1214,
    "limburg": 1017,
    "buiten": 243,
    None: 384,
}
CATEGORIE_GEWICHT = {
    "non-profit": 2103,
    "profit": 1790,
    "vlaamse-overheid": 1171,
    "gemeentelijke-overheid": 1139,
    "andere-overheid": 5,
    "vrijwilliger": 160,
    None: 62,
    "betrokkene": 940,
    "ruime-publiek": 1462,
}
NIET_PROFESSIONEEL = {"betrokkene", "ruime-publiek", None}
SECTOR_GEWICHT = {
    "welzijn": 1806,
    "justitie": 1170,
    "integratie": 948,
    "maatschappelijke-integratie": 759,
    "werk": 756,
    "binnenlands-bestuur": 516,
    "onderwijs": 203,
    "gezondheid": 87,
    "cultuur-jeugd-sport": 69,
    "wonen": 28,
    "andere": 57,
    None: 164,
}
VERBLIJF_GEWICHT = {
    "voorlopig": 34,
    "buitenland": 22,
    "niet-relevant": 9,
    "onwettig": 14,
    "definitief": 16,
    None: 5,
}
LAND_GEWICHT = {
    "ma": 9,
    "af": 7,
    "sy": 7,
    "tr": 6,
    "iq": 4,
    "ua": 5,
    "er": 3,
    "cd": 4,
    "gn": 3,
    "ps": 3,
    "in": 3,
    "cm": 2,
    "dz": 2,
    "so": 2,
    "br": 1.5,
    "ru": 1.5,
    "ir": 1.5,
    "ng": 1.5,
    "pk": 1.5,
    "al": 1,
    "tn": 1,
    "us": 1,
    "cn": 1,
    "nl": 1,
    "ro": 1,
    "ph": 1,
    "ge": 1,
    "et": 1,
    "staatloos": 0.5,
    None: 12,
}
# Share of questions touching each top theme, and the weights of its sub-themes
# (the rest of the weight: the top theme without a sub-theme).
THEMA_KANS = {
    "verblijfsrecht": (
        0.81,
        {
            "gezinshereniging": 32,
            "arbeidsmigratie": 10,
            "bescherming": 7,
            "student": 4,
            "unieburger": 4,
            "verblijfsdocumenten": 4,
            "tijdelijke-bescherming": 3,
            "humanitaire-regularisatie": 3,
            "medische-regularisatie": 2,
            "visum-kort-verblijf": 2,
            "langdurig-ingezetene": 1,
            "nbmv": 1,
            "staatloosheid": 1,
            "terugkeer": 2,
            None: 5,
        },
    ),
    "ipr": (
        0.23,
        {
            "huwelijk": 5,
            "buitenlandse-documenten": 4,
            "afstamming": 3,
            "echtscheiding": 2,
            "naam": 2,
            "adoptie": 1,
            "ouderlijk-gezag": 1,
            None: 5,
        },
    ),
    "sociaal-recht": (0.14, {"werk": 7, "ocmw-steun": 3, "opvang": 1, "groeipakket": 1, None: 2}),
    "burgerlijk-recht": (0.12, {"nationaliteit": 10, "burgerlijke-stand": 1, None: 1}),
    "andere-wetgeving": (0.08, {"inburgering": 4, "onderwijs": 1, "stemrecht": 1, None: 2}),
}
KOLOMMEN = (
    "id, datum, dag, kanaal_id, lijn_id, regio_id, categorie_id, sector_id, "
    "verblijfssituatie_id, nationaliteit_id, dossier_id, afhandeling_id, duur, beschrijving, "
    "jurist_id, aangemaakt, gewijzigd"
)
INSERT_VRAAG = f"INSERT INTO {Vraag._meta.db_table} ({KOLOMMEN}) VALUES ({', '.join(['%s'] * 17)})"
INSERT_THEMA = (
    f"INSERT INTO {VraagThema._meta.db_table} (vraag_id, thema_id, dag) VALUES (%s, %s, %s)"
)
DOSSIER_KANS = {"oekraine": 0.035, "gaza": 0.008, "afghanistan": 0.008, "soedan": 0.003}


def _kiezer(rng, gewichten, ids):
    sleutels = list(gewichten)
    waarden = [ids.get(k) if k is not None else None for k in sleutels]
    cumulatief = []
    totaal = 0
    for k in sleutels:
        totaal += gewichten[k]
        cumulatief.append(totaal)

    def kies():
        return waarden[_bisect(cumulatief, rng.random() * totaal)]

    return kies


def _bisect(lijst, x):
    lo, hi = 0, len(lijst)
    while lo < hi:
        mid = (lo + hi) // 2
        if lijst[mid] <= x:
            lo = mid + 1
        else:
            hi = mid
    return min(lo, len(lijst) - 1)


def _ids():
    ids = {}
    for lijst, code, pk in Waarde.objects.values_list("lijst", "code", "pk"):
        ids.setdefault(lijst, {})[code] = pk
    return ids


def _copy(tabel, kolommen, rijen):
    with (
        connection.connection.cursor() as cursor,
        cursor.copy(f"COPY {tabel} ({kolommen}) FROM STDIN") as copy,
    ):
        for rij in rijen:
            copy.write_row(rij)


def werkmomenten(rng, van, tot, aantal):
    """`aantal` moments on working days between van and tot (inclusive), 8:30-17:00."""
    zone = ZoneInfo(settings.TIME_ZONE)
    dagen = []
    dag = van
    while dag <= tot:
        if dag.weekday() < 5:
            dagen.append(dag)
        dag += datetime.timedelta(days=1)
    if not dagen:
        dagen = [van]
    momenten = []
    for _ in range(aantal):
        dag = rng.choice(dagen)
        minuten = rng.randint(8 * 60 + 30, 17 * 60 - 1)
        momenten.append(
            datetime.datetime.combine(
                dag, datetime.time(minuten // 60, minuten % 60), tzinfo=zone
            ).astimezone(datetime.UTC)
        )
    momenten.sort()
    return momenten


def genereer(aantal, van, tot, seed=0, regio_aantallen=None, jurist=None, batch=5000):
    """Insert `aantal` questions dated between van and tot; returns the number made.

    With `regio_aantallen` ({code or None: count}) the regions are exactly those counts
    (their sum is then the number of questions)."""
    rng = random.Random(seed)
    ids = _ids()
    if regio_aantallen:
        regios = [ids[REGIO].get(c) for c, n in regio_aantallen.items() for _ in range(n)]
        rng.shuffle(regios)
        aantal = len(regios)
    else:
        kies_regio = _kiezer(rng, REGIO_2024, ids[REGIO])
        regios = [kies_regio() for _ in range(aantal)]
    kies_categorie = _kiezer(rng, CATEGORIE_GEWICHT, ids[CATEGORIE])
    professioneel = {ids[CATEGORIE][c] for c in CATEGORIE_GEWICHT if c not in NIET_PROFESSIONEEL}
    kies_sector = _kiezer(rng, SECTOR_GEWICHT, ids[SECTOR])
    kies_verblijf = _kiezer(rng, VERBLIJF_GEWICHT, ids[VERBLIJFSSITUATIE])
    kies_land = _kiezer(rng, LAND_GEWICHT, ids[NATIONALITEIT])
    thema_ids = ids[THEMA]
    subkiezers = {
        hoofd: (
            kans,
            _kiezer(rng, subs, {k: thema_ids[f"{hoofd}-{k}"] for k in subs if k is not None}),
        )
        for hoofd, (kans, subs) in THEMA_KANS.items()
    }
    telefoon, email = ids[KANAAL]["telefoon"], ids[KANAAL]["e-mail"]
    vreemdelingenrecht, ipr = ids[LIJN]["vreemdelingenrecht"], ids[LIJN]["ipr"]
    advies = ids[AFHANDELING]["advies"]
    doorverwijzingen = [pk for code, pk in ids[AFHANDELING].items() if code != "advies"]
    dossiers = [(ids[DOSSIER][code], kans) for code, kans in DOSSIER_KANS.items()]
    oekraine, ukraine_land = ids[DOSSIER]["oekraine"], ids[NATIONALITEIT].get("ua")
    momenten = werkmomenten(rng, van, tot, aantal)
    jurist_id = jurist.pk if jurist else None

    ops = connection.ops
    nu = ops.adapt_datetimefield_value(timezone.now())
    volgende_id = (Vraag.objects.aggregate(m=Max("pk"))["m"] or 0) + 1
    gemaakt = 0
    for start in range(0, aantal, batch):
        vragen, themarijen = [], []
        for i in range(start, min(start + batch, aantal)):
            vraag_id = volgende_id + i
            moment = momenten[i]
            dag = ops.adapt_datefield_value(lokale_dag(moment))
            categorie = kies_categorie()
            is_email = rng.random() < 0.22
            dossier = None
            r = rng.random()
            for pk, kans in dossiers:
                if r < kans:
                    dossier = pk
                    break
                r -= kans
            nationaliteit = ukraine_land if dossier == oekraine else kies_land()
            vragen.append(
                (
                    vraag_id,
                    ops.adapt_datetimefield_value(moment),
                    dag,
                    None if rng.random() < 0.002 else (email if is_email else telefoon),
                    ipr if rng.random() < (0.7 if is_email else 0.06) else vreemdelingenrecht,
                    regios[i],
                    categorie,
                    kies_sector() if categorie in professioneel else None,
                    kies_verblijf(),
                    nationaliteit,
                    dossier,
                    (
                        advies
                        if categorie in professioneel and rng.random() < 0.9
                        else rng.choice(doorverwijzingen)
                    ),
                    rng.randint(3, 35),
                    "",
                    jurist_id,
                    nu,
                    nu,
                )
            )
            gekozen = set()
            for hoofd, (kans, kies_sub) in subkiezers.items():
                if rng.random() < kans:
                    gekozen.add(thema_ids[hoofd])
                    sub = kies_sub()
                    if sub:
                        gekozen.add(sub)
            themarijen += [(vraag_id, thema, dag) for thema in sorted(gekozen)]
        # Plain executemany (COPY on PostgreSQL): the ORM's bulk_create costs ~10x more per
        # row, which matters for the benchmark's million questions.
        with transaction.atomic(), connection.cursor() as cursor:
            if connection.vendor == "postgresql":
                _copy(Vraag._meta.db_table, KOLOMMEN, vragen)
                _copy(VraagThema._meta.db_table, "vraag_id, thema_id, dag", themarijen)
            else:
                cursor.executemany(INSERT_VRAAG, vragen)
                cursor.executemany(INSERT_THEMA, themarijen)
        gemaakt += len(vragen)
    with connection.cursor() as cursor:
        for sql in ops.sequence_reset_sql(no_style(), [Vraag, VraagThema]):
            cursor.execute(sql)
    # Rows written without the ORM send no signals: the days go to the counts' owner (inside
    # an open `bijwerken()` block, as in the benchmark, they are counted at its end).
    with bijwerken() as dagen:
        dagen.update(alle_dagen(van, tot))
    return gemaakt
