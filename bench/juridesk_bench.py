"""Benchmark: the juridesk statistics of one year with its comparison year, at 100,000
and at 1,000,000 questions spread over ten years, on SQLite and PostgreSQL; and the
time to save a question through the logging screen.

    .venv/bin/python bench/juridesk_bench.py                       # both databases, 1,000,000
    .venv/bin/python bench/juridesk_bench.py --aantal 20000 --db sqlite

First 10% of the questions are generated (2016-2025, the distributions of the 2024
report) and measured, then the rest is added and measured again: the statistics read
daily/monthly counts, so their time should not grow with the other years' rows.
Each database is fresh (SQLite in a temporary folder; PostgreSQL database
vr_juridesk_bench at 127.0.0.1, dropped afterwards). Prints the figures in ms."""

import argparse
import os
import statistics
import subprocess
import sys
import time

from _opzet import databank_url, start_django, verwijder

PG_URL = os.environ.get("BENCH_PG_URL", "postgres://postgres@127.0.0.1:5432/vr_juridesk_bench")
JAREN = list(range(2016, 2026))


def args():
    parser = argparse.ArgumentParser()
    parser.add_argument("--aantal", type=int, default=1_000_000)
    parser.add_argument("--db", choices=["sqlite", "postgres", "beide"], default="beide")
    parser.add_argument("--herhaal", type=int, default=7)
    return parser.parse_args()


def main():
    opties = args()
    if opties.db == "beide":
        code = 0
        for db in ("sqlite", "postgres"):
            cmd = [
                sys.executable,
                __file__,
                "--aantal",
                str(opties.aantal),
                "--db",
                db,
                "--herhaal",
                str(opties.herhaal),
            ]
            code |= subprocess.call(cmd)
        sys.exit(code)
    meet(opties)


def meet(opties):
    url = databank_url(opties.db, PG_URL, "bench-juridesk-")
    if url is None:
        return
    duur = start_django(url)

    import datetime

    from django.contrib.auth.models import Group, User
    from django.db import connection
    from django.test import Client
    from django.utils import timezone

    from juridesk.genereer import genereer
    from juridesk.models import Vraag
    from juridesk.stats import Periode, bereken
    from juridesk.tellingen import bijwerken

    db = opties.db
    print(f"{db}: migraties {duur:.1f} s")

    def vul(aantal, seed):
        per_jaar = aantal // len(JAREN)
        t = time.perf_counter()
        # one block: the counts' owner recounts the touched days once, at its end
        with bijwerken():
            for i, jaar in enumerate(JAREN):
                genereer(
                    per_jaar,
                    datetime.date(jaar, 1, 1),
                    datetime.date(jaar, 12, 31),
                    seed=seed + i,
                    batch=20_000,
                )
            t_invoegen = time.perf_counter() - t
            t = time.perf_counter()
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("VACUUM ANALYZE")
        t_tellingen = time.perf_counter() - t
        print(
            f"{db}: {aantal:,} vragen ingevoegd in {t_invoegen:.1f} s, "
            f"dag- en maandtellingen in {t_tellingen:.1f} s"
        )

    def statistiek():
        periode = Periode.jaar(2024)
        tijden = []
        for _ in range(opties.herhaal):
            t = time.perf_counter()
            resultaat = bereken(periode)
            tijden.append((time.perf_counter() - t) * 1000)
        totaal = Vraag.objects.count()
        print(
            f"{db}: statistiek 2024 t.o.v. 2023 bij {totaal:,} vragen: "
            f"mediaan {statistics.median(tijden):.1f} ms, eerste {tijden[0]:.1f} ms, "
            f"max {max(tijden):.1f} ms ({resultaat['totaal']:,} vragen in 2024)"
        )
        # one extra: a half year against a custom range (loose days + months)
        t = time.perf_counter()
        bereken(
            Periode(datetime.date(2024, 7, 1), datetime.date(2024, 12, 31)),
            Periode(datetime.date(2023, 7, 15), datetime.date(2024, 1, 14)),
        )
        print(
            f"{db}: statistiek tweede helft 2024 t.o.v. een eigen periode: "
            f"{(time.perf_counter() - t) * 1000:.1f} ms"
        )

    eerste = opties.aantal // 10
    vul(eerste, seed=1)
    statistiek()
    vul(opties.aantal - eerste, seed=100)
    statistiek()

    # Saving a question from the logging screen (test client POST: form, save, history,
    # recount of the day).
    user = User.objects.create_user("bench-jurist", password="x")
    user.groups.add(Group.objects.get(name="Juristen"))
    client = Client()
    client.force_login(user)
    from juridesk.models import Waarde

    def id_(lijst, code):
        return Waarde.objects.get(lijst=lijst, code=code).pk

    data = {
        "kanaal": id_("kanaal", "telefoon"),
        "lijn": id_("lijn", "vreemdelingenrecht"),
        "regio": id_("regio", "antwerpen"),
        "categorie": id_("categorie", "non-profit"),
        "sector": id_("sector", "welzijn"),
        "thema_1": "Gezinshereniging",
        "nationaliteit_tekst": "Marokko",
        "afhandeling": id_("afhandeling", "advies"),
        "datum": timezone.localtime().strftime("%Y-%m-%dT%H:%M"),
        "actie": "nieuw",
    }
    client.get("/admin/juridesk/registreren/")
    tijden = []
    for _ in range(max(opties.herhaal, 10)):
        t = time.perf_counter()
        antwoord = client.post("/admin/juridesk/registreren/", data)
        tijden.append((time.perf_counter() - t) * 1000)
        assert antwoord.status_code == 302, antwoord.status_code
    print(
        f"{db}: vraag opslaan via het registratiescherm (POST): "
        f"mediaan {statistics.median(tijden):.1f} ms, max {max(tijden):.1f} ms"
    )
    connection.close()
    if db == "postgres":
        verwijder(PG_URL)


if __name__ == "__main__":
    main()
