"""Benchmark: the follow-up screen's data for a year, and a site search with the search log
on and off in the same run.

    .venv/bin/python bench/inhoudsopvolging_bench.py                  # 1,000,000 questions, 365 days at 50,000 searches
    .venv/bin/python bench/inhoudsopvolging_bench.py --aantal 100000 --dagen 30
    .venv/bin/python bench/inhoudsopvolging_bench.py --postgres       # the same on PostgreSQL

The questions are spread over ten years (as juridesk_bench.py does); the demo theme pages and
their juridesk links are loaded; a third of the questions note a page of one of their themes
and one in 25 was not (well) answered, with one of 40 notes; the search log is written as the flush writes it (rows per
day and query, per month, clicks), with queries drawn from a Zipf distribution over
--woorden distinct queries (the assumption that decides the log's size: say it with the figure).
Fresh SQLite database in a temporary folder, or with --postgres the PostgreSQL database of
BENCH_PG_URL (default vr_inhoudsopvolging_bench at 127.0.0.1), made empty at the start and
dropped at the end. Prints the figures in ms."""

import argparse
import datetime
import os
import statistics
import time

from _opzet import maak_leeg, migreer, sqlite_url, start_django, verwijder

PG_URL = os.environ.get(
    "BENCH_PG_URL", "postgres://postgres@127.0.0.1:5432/vr_inhoudsopvolging_bench"
)


def args():
    parser = argparse.ArgumentParser()
    parser.add_argument("--aantal", type=int, default=1_000_000)
    parser.add_argument("--dagen", type=int, default=365)
    parser.add_argument("--per-dag", type=int, default=50_000)
    parser.add_argument("--woorden", type=int, default=20_000)
    parser.add_argument("--zoekopdrachten", type=int, default=1000)
    parser.add_argument("--postgres", action="store_true", help="PostgreSQL (BENCH_PG_URL)")
    parser.add_argument("--houden", action="store_true", help="keep the PostgreSQL database")
    parser.add_argument(
        "--zonder-gunicorn", action="store_true", help="only the test client's search timing"
    )
    return parser.parse_args()


def main():
    opties = args()
    if opties.postgres:
        maak_leeg(PG_URL)
        os.environ["DATABASE_URL"] = PG_URL
        try:
            meet(opties)
        finally:
            from django.db import connections

            connections.close_all()
            if not opties.houden:
                verwijder(PG_URL)
    else:
        os.environ.setdefault("DATABASE_URL", sqlite_url("bench-opvolging-"))
        meet(opties)


def _schrijf(connection, model, kolommen, rijen):
    from django.db import transaction

    tabel, namen = model._meta.db_table, ", ".join(kolommen)
    with transaction.atomic():
        if connection.vendor == "postgresql":
            with (
                connection.connection.cursor() as cursor,
                cursor.copy(f"COPY {tabel} ({namen}) FROM STDIN") as copy,
            ):
                for rij in rijen:
                    copy.write_row(rij)
            return
        plaatsen = ", ".join(["?"] * len(kolommen))
        connection.connection.executemany(
            f"INSERT INTO {tabel} ({namen}) VALUES ({plaatsen})",
            [
                tuple(v.isoformat() if isinstance(v, datetime.date) else v for v in rij)
                for rij in rijen
            ],
        )


def meet(opties):
    start_django(migreren=False)
    import numpy as np
    from django.db import connection
    from django.test import Client, override_settings
    from django.utils import timezone

    from inhoudsopvolging.gegevens import bereken
    from juridesk import koppelingen
    from juridesk.demo import KOPPELINGEN
    from juridesk.genereer import genereer
    from juridesk.models import ThemaKoppeling, Vraag, VraagPagina, VraagThema
    from juridesk.tellingen import bijwerken
    from kennisbank import demo as kennisbank_demo
    from zoeken.models import KlikMaand, ZoekDag, ZoekKlik, ZoekMaand

    t = time.perf_counter()
    migreer()
    kennisbank_demo.laad()
    koppelingen.importeer(KOPPELINGEN)
    print(f"migraties en demopagina's: {time.perf_counter() - t:.1f} s")

    vandaag = timezone.localdate()
    t = time.perf_counter()
    with bijwerken():
        for i in range(10):
            jaar = vandaag.year - 9 + i
            genereer(
                opties.aantal // 10,
                datetime.date(jaar, 1, 1),
                min(datetime.date(jaar, 12, 31), vandaag),
                seed=i,
                batch=20_000,
            )
        # Noted pages and questions the site did not answer, as the demo has them.
        with connection.cursor() as cursor:
            cursor.execute(
                f"INSERT INTO {VraagPagina._meta.db_table} (vraag_id, pagina_id, dag) "
                "SELECT vt.vraag_id, MIN(k.pagina_id), vt.dag "
                f"FROM {VraagThema._meta.db_table} vt JOIN {ThemaKoppeling._meta.db_table} k "
                "ON k.thema_id = vt.thema_id WHERE vt.vraag_id % 3 = 0 "
                "GROUP BY vt.vraag_id, vt.dag"
            )
            cursor.execute(
                f"UPDATE {Vraag._meta.db_table} SET niet_beantwoord = %s, "
                "ontbrekend = 'Ontbrekend ' || CAST(id %% 40 AS VARCHAR(2)) WHERE id %% 25 = 0",
                [True],
            )
    print(
        f"{opties.aantal:,} vragen over tien jaar ({VraagPagina.objects.count():,} "
        f"doorverwijzingen), geteld: {time.perf_counter() - t:.1f} s"
    )

    # A year of the log as the flush writes it, written as plain rows (COPY on PostgreSQL):
    # the ORM's bulk_create took a quarter of an hour for the year.
    rng = np.random.default_rng(16)
    p = 1 / np.arange(1, opties.woorden + 1) ** 1.05
    p /= p.sum()
    woord = np.arange(opties.woorden)
    termen = [f"zoekterm {i}" for i in woord]
    doelen = [f"/thema-{i % 600}/" for i in woord]
    resultaat = np.where(woord % 17 == 0, 0, 10)
    t = time.perf_counter()
    maanden = {}  # first day -> (aantal, geopend) per query
    for d in range(opties.dagen, 0, -1):
        dag = vandaag - datetime.timedelta(days=d)
        tellen = rng.multinomial(opties.per_dag, p)
        geopend = np.where((resultaat == 0) | (woord % 13 == 0), 0, (tellen + 1) // 2)
        geopend[tellen == 0] = 0
        idx = np.nonzero(tellen)[0].tolist()
        n, g, r = tellen.tolist(), geopend.tolist(), resultaat.tolist()
        _schrijf(
            connection,
            ZoekDag,
            ("dag", "zoekterm", "aantal", "resultaten", "geopend"),
            [(dag, termen[i], n[i], r[i], g[i]) for i in idx],
        )
        _schrijf(
            connection,
            ZoekKlik,
            ("dag", "zoekterm", "doel", "positie", "aantal"),
            [(dag, termen[i], doelen[i], 1, g[i]) for i in idx if g[i]],
        )
        maand = maanden.setdefault(
            dag.replace(day=1), (np.zeros(opties.woorden, int), np.zeros(opties.woorden, int))
        )
        maand[0][:] += tellen
        maand[1][:] += geopend
    for m, (aantal, geopend) in maanden.items():
        idx = np.nonzero(aantal)[0].tolist()
        n, g, r = aantal.tolist(), geopend.tolist(), resultaat.tolist()
        _schrijf(
            connection,
            ZoekMaand,
            ("maand", "zoekterm", "aantal", "resultaten", "geopend"),
            [(m, termen[i], n[i], r[i], g[i]) for i in idx],
        )
        per_doel = np.bincount(woord % 600, weights=geopend, minlength=600).astype(int).tolist()
        _schrijf(
            connection,
            KlikMaand,
            ("maand", "doel", "aantal"),
            [(m, f"/thema-{k}/", a) for k, a in enumerate(per_doel) if a],
        )
    print(
        f"zoeklogboek: {opties.dagen} dagen x {opties.per_dag:,} zoekopdrachten "
        f"({opties.woorden:,} verschillende): {ZoekDag.objects.count():,} dagrijen, "
        f"{ZoekMaand.objects.count():,} maandrijen in {time.perf_counter() - t:.1f} s"
    )
    with connection.cursor() as cursor:
        # PostgreSQL: what autovacuum does after a bulk load (the visibility map lets the
        # covering indexes answer without reading the table)
        cursor.execute("VACUUM ANALYZE" if connection.vendor == "postgresql" else "ANALYZE")
    print(f"databank: {connection.vendor}")

    # The screen's default: the 365 days up to today; and a year ending mid-month, whose
    # loose days at both ends are read from the daily rows instead of the monthly ones.
    half = (
        vandaag.replace(day=15)
        if vandaag.day > 15
        else (vandaag.replace(day=1) - datetime.timedelta(days=1)).replace(day=15)
    )
    for naam, tot in (("tot vandaag", vandaag), (f"tot {half:%d-%m}", half)):
        tijden = []
        van = tot - datetime.timedelta(days=364)
        for _ in range(5):
            t = time.perf_counter()
            opvolging = bereken(van, tot)
            tijden.append((time.perf_counter() - t) * 1000)
        print(
            f"scherm, gegevens van een jaar {naam}: mediaan {statistics.median(tijden):.0f} ms, "
            f"max {max(tijden):.0f} ms ({len(opvolging.paginas)} pagina's; doel < 200 ms)"
        )

    # A search with the log on and off, interleaved, in the same run; a second "off" arm in
    # the same rotation shows what two identical arms differ by (the machine's noise).
    client = Client()
    termen = ["gezinshereniging", "leefloon", "bestaansmiddelen", "visum", "nationaliteit"]
    for term in termen:
        client.get("/zoeken/", {"q": term, "direct": "0"})  # warm the search cache alike
    armen = [("aan", True, []), ("uit", False, []), ("uit2", False, [])]
    for i in range(opties.zoekopdrachten):
        term = termen[i % len(termen)]
        for _, waarde, lijst in armen[i % 3 :] + armen[: i % 3]:
            with override_settings(ZOEKLOG_AAN=waarde, ZOEKLOG_DRAAD=True):
                t = time.perf_counter()
                client.get("/zoeken/", {"q": term, "direct": "0"})
                lijst.append((time.perf_counter() - t) * 1000)
    toon("in dit proces, Django's testclient", opties.zoekopdrachten, armen)
    if not opties.zonder_gunicorn:
        meet_gunicorn(opties, termen)


def toon(waar, aantal, armen):
    m_aan, m_uit, m_uit2 = (statistics.median(lijst) for _, _, lijst in armen)
    print(
        f"zoekopdracht (/zoeken/, {waar}, {aantal} per arm): mediaan met logboek "
        f"{m_aan:.3f} ms, zonder {m_uit:.3f} ms ({(m_aan / m_uit - 1) * 100:+.1f}%; doel binnen "
        f"2%); ruis, tweemaal zonder: {m_uit2:.3f} ms ({(m_uit2 / m_uit - 1) * 100:+.1f}%)"
    )


def meet_gunicorn(opties, termen):
    """The same search as a reader gets it: over HTTP from gunicorn as deployed (production
    settings, deploy/gunicorn.conf.py, Redis when it runs here, as load.py starts it), timed
    from connecting until the whole page is read. Three servers of one sync worker each on
    the same database: the log on, off, and off again (the noise); requests alternate. The
    server started first answers slower (by about 4% here, whatever it serves), so there are
    three rounds with fresh servers, each role started first once. The test client above also
    times what a server does after the page has gone out (the log's cache write runs then); a
    reader does not wait for that, and this figure leaves it out. The searches the 'on'
    servers logged are counted at the end, through the log's own flush."""
    from django.conf import settings
    from django.db import connection
    from django.db.models import Sum
    from load import basis_env, haal, leeg_cache, manage, start_gunicorn, stop, vrije_poort

    from zoeken.models import ZoekDag

    if connection.vendor == "sqlite":
        url = f"sqlite:///{settings.DATABASES['default']['NAME']}"
    else:
        url = os.environ["DATABASE_URL"]
    connection.close()
    env = basis_env(url)
    leeg_cache(env)
    manage(env, "collectstatic", "--no-input", "-v0")
    vandaag = datetime.date.today()
    voor = ZoekDag.objects.filter(dag=vandaag).aggregate(n=Sum("aantal"))["n"] or 0
    paden = [f"/zoeken/?q={term}&direct=0" for term in termen]
    rollen = [("aan", "1"), ("uit", "0"), ("uit2", "0")]
    tijden = {naam: [] for naam, _ in rollen}
    per_ronde = -(-opties.zoekopdrachten // 3)
    gelogd = 0
    for ronde in range(3):
        servers = []
        try:
            for naam, aan in rollen[ronde:] + rollen[:ronde]:
                poort = vrije_poort()
                proces = start_gunicorn({**env, "ZOEKLOG_AAN": aan}, poort, 1)
                servers.append((naam, poort, proces))
            for _, poort, _ in servers:
                for pad in paden:
                    haal(poort, pad)  # warm the worker and the search cache
            gelogd += len(paden) + per_ronde
            armen = sorted(servers)
            for i in range(per_ronde):
                pad = paden[i % len(paden)]
                for naam, poort, _ in armen[i % 3 :] + armen[: i % 3]:
                    t = time.perf_counter()
                    status, _ = haal(poort, pad)
                    tijden[naam].append((time.perf_counter() - t) * 1000)
                    assert status == 200, status
        finally:
            for _, _, proces in servers:
                stop(proces)
    toon(
        f"over HTTP van gunicorn, {'Redis' if env.get('REDIS_URL') else 'lokaal geheugen'}",
        len(tijden["aan"]),
        [(naam, None, tijden[naam]) for naam, _ in rollen],
    )
    manage(env, "zoeklog_opschonen", "--maanden", "120")  # writes what the servers counted
    na = ZoekDag.objects.filter(dag=vandaag).aggregate(n=Sum("aantal"))["n"] or 0
    print(f"  het logboek telde {na - voor:,} van de {gelogd:,} zoekopdrachten met logboek")


if __name__ == "__main__":
    main()
