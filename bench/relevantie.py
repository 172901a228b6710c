"""Relevance of the site search on the demo content: recall@5 and MRR over the queries of
two sets, bench/relevantie.json (what the analysis was built for: inflections, compounds,
abbreviations, typos, identifiers) and bench/relevantie_omgangstaal.json (questions in
everyday words, as field workers type them), for Wagtail's stock database backend (`Page.objects.live().search(q)`,
what a Wagtail site search does out of the box) and for this project's search
(zoeken: the direct hit the search page redirects to, then the ranked results),
on SQLite and on PostgreSQL, in one run.

    .venv/bin/python bench/relevantie.py              # both databases
    .venv/bin/python bench/relevantie.py --alleen sqlite -v   # one database, every miss

Each database runs in its own process on a fresh database (SQLite in a temporary file,
PostgreSQL in vr_zoeken_relevantie on 127.0.0.1) with the demo content loaded through the
real importers (kennisbank.demo.laad, rechtspraak.demo.laad).

recall@5: the share of the expected pages found among the first five results, averaged over
the queries. MRR: the mean of 1/rank of the first expected page (within the first ten).
"""

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

from _opzet import per_databank, start_django

ROOT = Path(__file__).resolve().parent.parent
SETS = {
    "vakwoorden": Path(__file__).resolve().parent / "relevantie.json",
    "omgangstaal": Path(__file__).resolve().parent / "relevantie_omgangstaal.json",
}
PG_URL = os.environ.get("BENCH_PG_URL", "postgres://postgres@127.0.0.1:5432/vr_zoeken_relevantie")


def maten(gevonden, verwacht):
    top5 = gevonden[:5]
    recall = sum(1 for v in verwacht if v in top5) / len(verwacht)
    rr = 0.0
    for positie, url in enumerate(gevonden[:10], start=1):
        if url in verwacht:
            rr = 1 / positie
            break
    return recall, rr


def worker(uitgebreid):
    start_django()
    from django.core.management import call_command
    from django.db import connection

    from kennisbank import demo as kennisbank_demo

    kennisbank_demo.laad()
    try:
        from rechtspraak import demo as rechtspraak_demo

        rechtspraak_demo.laad()
    except ImportError:
        pass
    from zoeken.search import direct_treffer, zoek
    from zoeken.signals import herindexeer_alles

    herindexeer_alles()
    call_command("update_index", verbosity=0)  # Wagtail's own index, for the stock backend
    from wagtail.models import Page

    def ecli_url(ecli):
        from rechtspraak.models import Uitspraak

        uitspraak = Uitspraak.objects.filter(ecli=ecli).first()
        return uitspraak.get_url() if uitspraak else f"(onbekend: {ecli})"

    def onze(q):
        urls = []
        direct = direct_treffer(q)
        if direct:
            urls.append(direct)
        urls += [
            r.url for r in zoek(q, per_pagina=10, snippets=False, gebruik_cache=False).resultaten
        ]
        return list(dict.fromkeys(urls))

    def stock(q):
        try:
            return [p.url for p in Page.objects.live().search(q)[:10]]
        except Exception as exc:  # a lone quote raises on SQLite: the user would get a 500
            return [f"(fout: {type(exc).__name__})"]

    uitkomst = {"backend": connection.vendor, "sets": {}}
    for set_naam, pad in SETS.items():
        vragen = json.loads(pad.read_text(encoding="utf-8"))["vragen"]
        engines = {}
        for naam, engine in (("Wagtail database (stock)", stock), ("zoeken", onze)):
            recall_som = rr_som = 0.0
            missers = []
            for vraag in vragen:
                verwacht = [
                    ecli_url(v[5:]) if v.startswith("ecli:") else v for v in vraag["verwacht"]
                ]
                gevonden = engine(vraag["q"])
                recall, rr = maten(gevonden, verwacht)
                recall_som += recall
                rr_som += rr
                if recall < 1 or (uitgebreid and rr < 1):
                    # -v: also the questions whose page is found but not first (MRR)
                    rang = round(1 / rr) if rr else None
                    missers.append(
                        {"q": vraag["q"], "verwacht": verwacht, "top5": gevonden[:5], "rang": rang}
                    )
            engines[naam] = {
                "recall@5": round(recall_som / len(vragen), 3),
                "MRR": round(rr_som / len(vragen), 3),
                "missers": missers if uitgebreid or naam == "zoeken" else len(missers),
            }
        uitkomst["sets"][set_naam] = {"vragen": len(vragen), "engines": engines}
    print(json.dumps(uitkomst, ensure_ascii=False))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--alleen", choices=["sqlite", "postgresql"])
    parser.add_argument(
        "-v",
        "--uitgebreid",
        action="store_true",
        help="toon elke vraag waarvan de pagina niet eerst staat, met haar plaats",
    )
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        worker(args.uitgebreid)
        return
    rijen = []
    for backend, env in per_databank(PG_URL, "zoek-rel-", "rel.sqlite3", args.alleen):
        cmd = [sys.executable, __file__, "--worker"] + (["-v"] if args.uitgebreid else [])
        proc = subprocess.run(cmd, env=env, capture_output=True, text=True, cwd=ROOT)
        if proc.returncode != 0:
            print(f"[{backend}] mislukt:\n{proc.stderr[-3000:]}")
            continue
        uitkomst = json.loads(proc.stdout.strip().splitlines()[-1])
        for set_naam, deel in uitkomst["sets"].items():
            for naam, maat in deel["engines"].items():
                rijen.append(
                    (set_naam, backend, naam, maat["recall@5"], maat["MRR"], deel["vragen"])
                )
                if isinstance(maat["missers"], list) and maat["missers"]:
                    print(f"[{set_naam}, {backend}] {naam}: niet (alles) op de eerste plaats:")
                    for m in maat["missers"]:
                        print(
                            f"    {m['q']!r} (plaats {m.get('rang') or '-'}): "
                            f"verwacht {m['verwacht']}, top 5 {m['top5']}"
                        )
    print()
    print(f"{'set':<13}{'database':<12}{'zoekmachine':<28}{'recall@5':>9}{'MRR':>8}{'vragen':>8}")
    for set_naam, backend, naam, recall, mrr, n in sorted(
        rijen, key=lambda r: r[0] != "vakwoorden"
    ):
        print(f"{set_naam:<13}{backend:<12}{naam:<28}{recall:>9.3f}{mrr:>8.3f}{n:>8}")


if __name__ == "__main__":
    main()
