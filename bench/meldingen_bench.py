"""Benchmark: composing and queueing the weekly digests of what subscribers follow.

    .venv/bin/python bench/meldingen_bench.py [--abonnees 25000] [--alleen sqlite|postgresql]

25,000 subscribers following 1 to 5 things each (theme pages, dossiers, courts, saved
case-law searches, all case law), 50 changes in the week (theme pages updated, news, judgments,
dossier changes) among older content; then `nieuwsbrief.meldingen.stel_op("week", ...)`, what
`meldingen_verzenden` does before the task worker sends: the changes read once, each
subscriber's digest composed, one Levering and one Melding per digest written. Goal: under
60 s. Also printed: rendering one digest message (the sending's share per message).
Each database in a process of its own: a new SQLite file, and PostgreSQL at BENCH_PG_URL
(made empty; skipped when it cannot be reached)."""

import argparse
import datetime
import os
import random
import subprocess
import sys
import time

from _opzet import ROOT, per_databank, start_django

PG_URL = os.environ.get("BENCH_PG_URL", "postgres://postgres@127.0.0.1:5432/vr_meldingen_bench")
TOT = datetime.date(2026, 11, 29)
WEEK = [TOT - datetime.timedelta(days=d) for d in range(7)]
OUD = datetime.date(2021, 3, 1)


def bouw_inhoud(rnd):
    """200 theme pages (20 themes x 9 sub-themes), 6 dossiers, 1,000 older judgments and 50
    changes in the week: 10 theme pages updated, 10 news pages, 25 judgments, 5 dossier
    changes."""
    from kennisbank.models import (
        DossierIndexPagina,
        DossierPagina,
        HomePage,
        NieuwsIndexPagina,
        NieuwsPagina,
        ThemaPagina,
    )
    from rechtspraak.models import Instantie, Uitspraak

    home = HomePage.objects.get()
    themas = []
    for i in range(20):
        top = home.add_child(instance=ThemaPagina(title=f"Thema {i}", laatst_bijgewerkt=OUD))
        themas.append(top)
        for j in range(9):
            themas.append(
                top.add_child(instance=ThemaPagina(title=f"Thema {i}.{j}", laatst_bijgewerkt=OUD))
            )
    for thema in rnd.sample(themas, 10):
        ThemaPagina.objects.filter(pk=thema.pk).update(
            laatst_bijgewerkt=rnd.choice(WEEK), wat_gewijzigd="Nieuwe voorwaarden."
        )
    dossier_index = DossierIndexPagina.objects.get()
    dossiers = []
    for i in range(6):
        wijzigingen = [("wijziging", {"datum": OUD, "tekst": "<p>Oud.</p>"})]
        if i < 5:
            wijzigingen.append(("wijziging", {"datum": rnd.choice(WEEK), "tekst": "<p>Nieuw.</p>"}))
        dossiers.append(
            dossier_index.add_child(
                instance=DossierPagina(title=f"Dossier {i}", wijzigingen=wijzigingen)
            )
        )
    nieuws_index = NieuwsIndexPagina.objects.get()
    for i in range(10):
        pagina = nieuws_index.add_child(
            instance=NieuwsPagina(title=f"Nieuws {i}", datum=rnd.choice(WEEK), samenvatting="Kort.")
        )
        pagina.themas.set(rnd.sample(themas, 2))
        pagina.save()
    instanties = list(Instantie.objects.all())
    uitspraken = [
        Uitspraak(
            titel=f"Uitspraak {i}",
            slug=f"uitspraak-{i}",
            instantie=rnd.choice(instanties),
            datum=OUD,
            jaar=OUD.year,
            gepubliceerd_op=rnd.choice(WEEK) if i < 25 else OUD,
            nummer=str(100000 + i),
            nummer_norm=str(100000 + i),
            samenvatting=f"Samenvatting over gezinshereniging en bestaansmiddelen {i}.",
            live=True,
        )
        for i in range(1025)
    ]
    Uitspraak.objects.bulk_create(uitspraken, batch_size=500)
    koppeling = Uitspraak.themas.through
    koppeling.objects.bulk_create(
        [
            koppeling(uitspraak_id=u.pk, themapagina_id=rnd.choice(themas).pk)
            for u in Uitspraak.objects.all()
        ],
        batch_size=1000,
    )
    return themas, dossiers, instanties


def worker(aantal):
    start_django()
    from django.db import connection

    from nieuwsbrief.meldingen import stel_op
    from nieuwsbrief.meldingmail import MeldingSjabloon
    from nieuwsbrief.models import Abonnee, Levering, Volg

    rnd = random.Random(14)
    t0 = time.perf_counter()
    themas, dossiers, instanties = bouw_inhoud(rnd)
    zoekopdrachten = ["q=gezinshereniging", "q=bestaansmiddelen&instantie=rvv", "instantie=rvs"]
    onderwerpen = (
        [("thema", t.pk) for t in themas]
        + [("dossier", d.pk) for d in dossiers]
        + [("instantie", i.pk) for i in instanties]
        + [("zoekopdracht", z) for z in zoekopdrachten]
        + [("rechtspraak", "")]
    )
    Abonnee.objects.bulk_create(
        [
            Abonnee(
                email=f"volger{i:06d}@example.be",
                status="ingeschreven",
                meldingen=True,
                frequentie="week",
            )
            for i in range(aantal)
        ],
        batch_size=5000,
    )
    volgrijen = []
    for abonnee_id in Abonnee.objects.values_list("pk", flat=True):
        for soort, waarde in rnd.sample(onderwerpen, rnd.randint(1, 5)):
            volgrijen.append(
                Volg(
                    abonnee_id=abonnee_id,
                    soort=soort,
                    sleutel=soort if soort == "rechtspraak" else f"{soort}:{waarde}",
                    pagina_id=waarde if soort in ("thema", "dossier") else None,
                    instantie_id=waarde if soort == "instantie" else None,
                    zoekopdracht=waarde if soort == "zoekopdracht" else "",
                )
            )
    Volg.objects.bulk_create(volgrijen, batch_size=5000)
    voorbereiding = time.perf_counter() - t0

    t0 = time.perf_counter()
    ronde, _ = stel_op("week", TOT)
    duur = time.perf_counter() - t0
    n = Levering.objects.filter(editie=ronde.editie).count()
    wijzigingen = sum(len(w["items"]) for w in ronde.wijzigingen.values())

    sjabloon = MeldingSjabloon(ronde.editie)
    ids = list(Levering.objects.filter(editie=ronde.editie).values_list("pk", flat=True)[:1000])
    t1 = time.perf_counter()
    grootte = 0
    for pk in ids:
        grootte += len(sjabloon.bericht("volger@example.be", "A" * 22, pk))
    per_bericht = (time.perf_counter() - t1) / max(1, len(ids)) * 1000
    print(
        f"{connection.vendor}: {aantal} abonnees, {len(volgrijen)} gevolgde onderwerpen, "
        f"{len(ronde.wijzigingen)} onderwerpen met wijzigingen ({wijzigingen} vermeldingen); "
        f"voorbereiding {voorbereiding:.0f} s"
    )
    print(
        f"{connection.vendor}: {n} meldingen opgesteld en in de wachtrij in {duur:.1f} s "
        f"(doel < 60 s); één bericht maken {per_bericht:.2f} ms, gemiddeld "
        f"{grootte // max(1, len(ids))} bytes"
    )


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--abonnees", type=int, default=25_000)
    parser.add_argument("--alleen", choices=["sqlite", "postgresql"])
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        worker(args.abonnees)
        return 0
    fouten = 0
    for backend, env in per_databank(PG_URL, "bench-meldingen-", "meldingen.sqlite3", args.alleen):
        proc = subprocess.run(
            [sys.executable, __file__, "--worker", "--abonnees", str(args.abonnees)],
            env=env,
            capture_output=True,
            text=True,
            cwd=ROOT,
        )
        print(proc.stdout.strip())
        if proc.returncode:
            fouten += 1
            print(f"[{backend}] mislukt:\n{proc.stderr[-3000:]}")
    return 1 if fouten else 0


if __name__ == "__main__":
    sys.exit(main())
