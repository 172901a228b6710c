"""Benchmark: the annual report's chapter (jaarverslag) of 2024 against 2023 at 1,000,000
juridesk questions spread over ten years, with the report's own trainings and coaching of
2024 (tests/jaarverslag/verslag_2024/): the computation (JSON) and the HTML and DOCX with
their two charts.

    .venv/bin/python bench/jaarverslag_bench.py                    # SQLite, 1,000,000
    .venv/bin/python bench/jaarverslag_bench.py --aantal 20000 --db postgres

The questions are made as bench/juridesk_bench.py makes them (juridesk.genereer, the
distributions of the 2024 report). Each database is fresh (SQLite in a temporary folder;
PostgreSQL database vr_jaarverslag_bench at 127.0.0.1, dropped afterwards). Prints ms."""

import argparse
import os
import statistics
import time
from pathlib import Path

from _opzet import databank_url, start_django, verwijder

ROOT = Path(__file__).resolve().parent.parent
PG_URL = os.environ.get("BENCH_PG_URL", "postgres://postgres@127.0.0.1:5432/vr_jaarverslag_bench")
JAREN = list(range(2016, 2026))
RIJEN = ROOT / "tests" / "jaarverslag" / "verslag_2024"


def args():
    parser = argparse.ArgumentParser()
    parser.add_argument("--aantal", type=int, default=1_000_000)
    parser.add_argument("--db", choices=["sqlite", "postgres"], default="sqlite")
    parser.add_argument("--herhaal", type=int, default=5)
    return parser.parse_args()


def meet(opties):
    url = databank_url(opties.db, PG_URL, "bench-jaarverslag-")
    if url is None:
        return
    duur = start_django(url)

    import datetime

    from django.db import connection

    from jaarverslag import uitvoer
    from jaarverslag.berekening import bereken
    from jaarverslag.importeren import importeer_begeleidingen, importeer_vormingen
    from juridesk.genereer import genereer
    from juridesk.tellingen import bijwerken
    from kennisbank.models import DossierIndexPagina, DossierPagina

    db = opties.db
    print(f"{db}: migraties {duur:.1f} s")

    t = time.perf_counter()
    with bijwerken():
        per_jaar = opties.aantal // len(JAREN)
        for i, jaar in enumerate(JAREN):
            genereer(
                per_jaar,
                datetime.date(jaar, 1, 1),
                datetime.date(jaar, 12, 31),
                seed=1 + i,
                batch=20_000,
            )
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE")
    print(f"{db}: {opties.aantal:,} vragen en hun tellingen in {time.perf_counter() - t:.1f} s")

    oekraine = DossierPagina(title="Oekraïne", slug="oekraine")
    DossierIndexPagina.objects.get().add_child(instance=oekraine)
    oekraine.save_revision().publish()
    importeer_vormingen(RIJEN / "vormingen.csv")
    importeer_begeleidingen(RIJEN / "begeleidingen.csv")

    def tijd(functie):
        tijden = []
        for _ in range(opties.herhaal):
            t = time.perf_counter()
            resultaat = functie()
            tijden.append((time.perf_counter() - t) * 1000)
        return resultaat, tijden

    verslag, tijden = tijd(lambda: bereken(2024, 2023))
    data = verslag.data
    print(
        f"{db}: hoofdstuk 2024 t.o.v. 2023 berekend (JSON) bij {opties.aantal:,} vragen: "
        f"mediaan {statistics.median(tijden):.0f} ms, max {max(tijden):.0f} ms "
        f"({data['juridesk']['totaal']:,} vragen, {data['vormingen']['aantal']} vormingen, "
        f"{data['begeleidingen']['activiteiten']} activiteiten in 2024)"
    )
    for formaat in ("html", "docx"):
        inhoud, tijden = tijd(lambda formaat=formaat: uitvoer.maak(bereken(2024, 2023), formaat))
        print(
            f"{db}: hoofdstuk als {formaat.upper()} (berekening, tekst en twee grafieken): "
            f"mediaan {statistics.median(tijden):.0f} ms, max {max(tijden):.0f} ms "
            f"({len(inhoud) // 1024} kB)"
        )
    connection.close()
    if db == "postgres":
        verwijder(PG_URL)


if __name__ == "__main__":
    meet(args())
