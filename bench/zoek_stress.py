"""Stress benchmark of the site search: 5,000 theme pages, 10,000 news pages and 100,000
judgments (generated Dutch legal text), indexed through zoeken.index in bulk
(`indexeer_documenten`, the same analysis and tables as publishing a page; no Wagtail pages
are created, so the figure is the index's own cost), then a mix of real-world queries.

    .venv/bin/python bench/zoek_stress.py                      # SQLite and PostgreSQL
    .venv/bin/python bench/zoek_stress.py --alleen sqlite      # one backend
    .venv/bin/python bench/zoek_stress.py --schaal 0.1         # a tenth of the corpus
    DATABASE_URL=sqlite:////tmp/x/stress.sqlite3 .venv/bin/python bench/zoek_stress.py --bestaand
        # search only, in an index built before
    .venv/bin/python bench/zoek_stress.py --alleen postgresql --kopieer-van /tmp/x/stress.sqlite3
        # PostgreSQL loaded with COPY from the SQLite-built index (same tokens), then searched

Prints, per backend: total indexing time, and the median and 95th percentile of a full
search (analysis, matching, counts per type, re-ranking, snippets for the first page).
Each backend runs in its own process with its own fresh database:
SQLite in a temporary file, PostgreSQL in the database vr_zoeken_stress on 127.0.0.1.
"""

import argparse
import itertools
import json
import os
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path

from _opzet import per_databank, start_django

ROOT = Path(__file__).resolve().parent.parent
PG_URL = os.environ.get("BENCH_PG_URL", "postgres://postgres@127.0.0.1:5432/vr_zoeken_stress")

QUERIES = [
    "gezinshereniging",
    "hereniging",
    "verblijfskaart",
    "huwelijken",
    "oekraine",
    "RvV",
    "gezinsherniging",
    "nationalitijt",
    "recht op leefloon na erkenning",
    "arbeidskaart",
    "nationaliteitsverklaring",
    "EU-burger",
    "internationale bescherming",
    "humanitaire regularisatie",
    "bestaansmiddelen",
    "ECLI:BE:RVV:2024:ARR.301234",
    "301.234",
    "schijnhuwelijk",
    "tijdelijke bescherming Oekraïne",
    "verblijfsrecht student",
    "OCMW",
    "staatloosheid",
    "wettelijk samenwonen",
    "terugkeerbeleid",
    "seizoensarbeid",
    "CGVS weigering",
    "kinderbijslag",
    "inburgering",
    "visum kort verblijf",
    "medische regularisatie 9ter",
]

WOORDEN = [
    "verblijf",
    "verblijfsrecht",
    "verblijfskaart",
    "verblijfsvergunning",
    "gezinshereniging",
    "gezin",
    "echtgenoot",
    "kinderen",
    "ouders",
    "belg",
    "unieburger",
    "derdelander",
    "nationaliteit",
    "nationaliteitsverklaring",
    "naturalisatie",
    "huwelijk",
    "schijnhuwelijk",
    "samenwoning",
    "wettelijk",
    "erkenning",
    "afstamming",
    "adoptie",
    "internationale",
    "bescherming",
    "asiel",
    "vluchteling",
    "subsidiaire",
    "opvang",
    "terugkeer",
    "uitwijzing",
    "bevel",
    "grondgebied",
    "verlaten",
    "detentie",
    "gesloten",
    "centrum",
    "regularisatie",
    "humanitaire",
    "medische",
    "arbeidskaart",
    "gecombineerde",
    "vergunning",
    "werk",
    "werkgever",
    "werknemer",
    "seizoensarbeid",
    "student",
    "studie",
    "visum",
    "paspoort",
    "attest",
    "bewijs",
    "inschrijving",
    "gemeente",
    "bevolkingsregister",
    "vreemdelingenregister",
    "leefloon",
    "ocmw",
    "maatschappelijke",
    "integratie",
    "kinderbijslag",
    "gezondheidszorg",
    "inburgering",
    "taal",
    "inkomen",
    "bestaansmiddelen",
    "huisvesting",
    "ziekteverzekering",
    "aanvraag",
    "beslissing",
    "weigering",
    "vernietiging",
    "beroep",
    "schorsing",
    "annulatie",
    "arrest",
    "vonnis",
    "termijn",
    "procedure",
    "dienst",
    "vreemdelingenzaken",
    "commissariaat",
    "raad",
    "state",
    "hof",
    "grondwettelijk",
    "justitie",
    "europees",
    "mens",
    "rechten",
    "verdrag",
    "richtlijn",
    "artikel",
    "wet",
    "koninklijk",
    "besluit",
    "staatloosheid",
    "staatloze",
    "oekraine",
    "tijdelijke",
    "ontheemden",
    "afghanistan",
    "syrie",
    "marokko",
    "turkije",
    "minderjarige",
    "voogd",
    "niet",
    "begeleide",
    "leeftijd",
    "onderzoek",
    "geloofwaardigheid",
    "vervolging",
    "risico",
]
VULWOORDEN = [
    "de",
    "het",
    "een",
    "van",
    "in",
    "op",
    "met",
    "voor",
    "door",
    "over",
    "bij",
    "naar",
    "niet",
    "ook",
    "wel",
    "maar",
    "dat",
    "die",
    "wanneer",
    "zijn",
    "heeft",
    "moet",
    "kan",
    "worden",
    "werd",
    "volgens",
    "omdat",
    "zodat",
    "tenzij",
    "indien",
    "echter",
    "bovendien",
]


def zin(rng, n, vocab, cum):
    if cum is None:
        return " ".join(rng.choice(vocab) for _ in range(n)).capitalize()
    return " ".join(rng.choices(vocab, cum_weights=cum, k=n)).capitalize() + "."


def tekst(rng, zinnen, lengte, vocab, cum):
    woorden = rng.choices(vocab, cum_weights=cum, k=zinnen * lengte)
    return " ".join(
        " ".join(woorden[i : i + lengte]).capitalize() + "." for i in range(0, len(woorden), lengte)
    )


def documenten(schaal, seed=2024):
    rng = random.Random(seed)
    # a Zipf-like vocabulary: the legal words, plus generated rare words (names, places)
    silben = ["ka", "lo", "mer", "te", "van", "dri", "sel", "bo", "nu", "gen", "ra", "ste"]
    zeldzaam = sorted(
        {"".join(rng.choice(silben) for _ in range(rng.randint(2, 4))) for _ in range(6000)}
    )
    inhoud = WOORDEN + zeldzaam
    zipf = [1 / (i + 1) ** 0.9 for i in range(len(inhoud))]
    # function words make up about a third of the running text
    vul = sum(zipf) / 2 / len(VULWOORDEN)
    vocab = inhoud + VULWOORDEN
    gewichten = list(itertools.accumulate(zipf + [vul] * len(VULWOORDEN)))
    aantallen = {"thema": int(5000 * schaal), "nieuws": int(10000 * schaal)}
    aantallen["uitspraak"] = int(100_000 * schaal)
    for i in range(aantallen["thema"]):
        yield {
            "bron": "stress.thema",
            "sleutel": i,
            "type": "thema",
            "titel": " ".join(rng.choices(WOORDEN, k=rng.randint(1, 4))).capitalize(),
            "url": f"/thema/{i}/",
            "samenvatting": zin(rng, 25, vocab, gewichten),
            "tekst": tekst(rng, 20, 15, vocab, gewichten),
        }
    for i in range(aantallen["nieuws"]):
        yield {
            "bron": "stress.nieuws",
            "sleutel": i,
            "type": "nieuws",
            "titel": zin(rng, 7, WOORDEN, None),
            "url": f"/nieuws/{i}/",
            "samenvatting": zin(rng, 20, vocab, gewichten),
            "tekst": tekst(rng, 8, 15, vocab, gewichten),
            "datum": f"20{rng.randint(10, 25)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
        }
    hoven = ["RVV", "RVSCE", "GHCC", "CASS", "CTLIE"]
    for i in range(aantallen["uitspraak"]):
        hof = rng.choice(hoven)
        jaar = rng.randint(2005, 2025)
        nummer = 200_000 + i if i else 301_234
        if i == 0:
            hof, jaar = "RVV", 2024
        yield {
            "bron": "stress.uitspraak",
            "sleutel": i,
            "type": "uitspraak",
            "titel": f"{hof} {jaar} nr. {nummer}: " + zin(rng, 6, WOORDEN, None),
            "url": f"/rechtspraak/{i}/",
            "samenvatting": zin(rng, 35, vocab, gewichten),
            "tekst": tekst(rng, 10, 15, vocab, gewichten),
            "datum": f"{jaar}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
            "extra_termen": f"ECLI:BE:{hof}:{jaar}:ARR.{nummer} {nummer // 1000}.{nummer % 1000:03d}",
        }


KOLOMMEN = [
    "id",
    "bron",
    "sleutel",
    "type",
    "titel",
    "titel_norm",
    "url",
    "samenvatting",
    "tekst",
    "datum",
    "extra_termen",
    "tokens_titel",
    "tokens_samenvatting",
    "tokens_tekst",
    "tokens_extra",
    "lengte",
    "bijgewerkt",
]


def kopieer_index(sqlite_pad):
    """PostgreSQL: load the rows of an index built on SQLite (same analysis, same tokens)
    with COPY; the generated tsvector column and the GIN index are PostgreSQL's own work."""
    import sqlite3

    from django.db import connection

    from zoeken.models import ZoekWoord

    bron = sqlite3.connect(sqlite_pad)
    with connection.cursor() as cursor:
        raw = cursor.cursor
        with raw.copy(f"COPY kennisbank_zoekdocument ({', '.join(KOLOMMEN)}) FROM STDIN") as copy:
            for rij in bron.execute(f"SELECT {', '.join(KOLOMMEN)} FROM kennisbank_zoekdocument"):
                copy.write_row(rij)
        cursor.execute(
            "SELECT setval(pg_get_serial_sequence('kennisbank_zoekdocument', 'id'), "
            "(SELECT MAX(id) FROM kennisbank_zoekdocument))"
        )
    ZoekWoord.objects.bulk_create(
        [
            ZoekWoord(woord=w, aantal=n)
            for w, n in bron.execute("SELECT woord, aantal FROM kennisbank_zoekwoord")
        ],
        batch_size=5000,
    )
    return bron.execute("SELECT COUNT(*) FROM kennisbank_zoekdocument").fetchone()[0]


def worker(schaal, herhalingen, bestaand=False, kopieer_van=None):
    start_django()
    from django.db import connection

    from zoeken import index
    from zoeken.search import zoek

    genereren = 0.0
    start = time.perf_counter()
    if bestaand:
        from zoeken.models import ZoekDocument

        aantal = ZoekDocument.objects.count()
    elif kopieer_van:
        index.leeg_index()
        aantal = kopieer_index(kopieer_van)
    else:
        index.leeg_index()
        t0 = time.perf_counter()
        corpus = list(documenten(schaal))  # generated first: not the index's cost
        genereren = time.perf_counter() - t0
        start = time.perf_counter()
        aantal = index.indexeer_documenten(corpus, batch=2000)
        del corpus
    if bestaand:
        pass
    elif connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute("INSERT INTO kennisbank_zoekfts(kennisbank_zoekfts) VALUES ('optimize')")
            cursor.execute("ANALYZE")
    else:
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE kennisbank_zoekdocument")
    indexeren = time.perf_counter() - start

    for q in QUERIES:  # warm-up: caches of the analysis and the vocabulary
        zoek(q, gebruik_cache=False)
    tijden = []
    cpu = []
    per_query = {}
    for _ in range(herhalingen):
        for q in QUERIES:
            t0 = time.perf_counter()
            c0 = time.process_time()
            uitkomst = zoek(q, gebruik_cache=False)
            dt = (time.perf_counter() - t0) * 1000
            cpu.append((time.process_time() - c0) * 1000)
            tijden.append(dt)
            per_query.setdefault(q, []).append(dt)
            per_query[q + " #"] = uitkomst.totaal
    tijden.sort()
    print(
        json.dumps(
            {
                "backend": connection.vendor,
                "documenten": aantal,
                "indexeren_s": round(indexeren, 1),
                "genereren_s": round(genereren, 1),
                "queries": len(tijden),
                "mediaan_ms": round(statistics.median(tijden), 1),
                "p95_ms": round(tijden[int(len(tijden) * 0.95) - 1], 1),
                # CPU time of this process: on SQLite the database works in-process too, so
                # this is the search's own cost whatever else the machine is doing
                "cpu_mediaan_ms": round(statistics.median(cpu), 1),
                "cpu_p95_ms": round(sorted(cpu)[int(len(cpu) * 0.95) - 1], 1),
                "traagste": sorted(
                    (
                        (round(statistics.median(v), 1), q)
                        for q, v in per_query.items()
                        if not q.endswith(" #")
                    ),
                    reverse=True,
                )[:5],
            }
        )
    )


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--alleen", choices=["sqlite", "postgresql"])
    parser.add_argument("--schaal", type=float, default=1.0)
    parser.add_argument("--herhalingen", type=int, default=5)
    parser.add_argument(
        "--bestaand",
        action="store_true",
        help="zoek alleen, in de index van DATABASE_URL (zonder opnieuw te indexeren)",
    )
    parser.add_argument(
        "--kopieer-van",
        metavar="SQLITE",
        help="PostgreSQL: laad de geanalyseerde rijen van een SQLite-index met COPY",
    )
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker or args.bestaand:
        worker(args.schaal, args.herhalingen, args.bestaand, args.kopieer_van)
        return
    uitkomsten = []
    for backend, env in per_databank(PG_URL, "zoek-stress-", "stress.sqlite3", args.alleen):
        print(f"[{backend}] indexeren en zoeken ...", flush=True)
        cmd = [
            sys.executable,
            __file__,
            "--worker",
            "--schaal",
            str(args.schaal),
            "--herhalingen",
            str(args.herhalingen),
        ]
        if backend == "postgresql" and args.kopieer_van:
            cmd += ["--kopieer-van", args.kopieer_van]
        proc = subprocess.run(cmd, env=env, capture_output=True, text=True, cwd=ROOT)
        if proc.returncode != 0:
            print(proc.stderr[-3000:])
            continue
        uitkomst = json.loads(proc.stdout.strip().splitlines()[-1])
        uitkomsten.append(uitkomst)
        print(f"[{backend}] traagste queries (mediaan ms): {uitkomst['traagste']}")
    print()
    print(
        f"{'backend':<12}{'documenten':>12}{'indexeren (s)':>15}{'queries':>9}"
        f"{'mediaan (ms)':>14}{'p95 (ms)':>10}{'cpu mediaan':>13}{'cpu p95':>9}"
    )
    for u in uitkomsten:
        print(
            f"{u['backend']:<12}{u['documenten']:>12,}{u['indexeren_s']:>15}{u['queries']:>9}"
            f"{u['mediaan_ms']:>14}{u['p95_ms']:>10}{u['cpu_mediaan_ms']:>13}{u['cpu_p95_ms']:>9}"
        )


if __name__ == "__main__":
    main()
