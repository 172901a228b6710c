"""Benchmark of the case-law database: generate N judgments with realistic Dutch text, import
them through `rechtspraak_import`'s code path, and time 20 representative facetted searches.

    .venv/bin/python bench/rechtspraak_bench.py                      # 100,000 on SQLite and PostgreSQL
    .venv/bin/python bench/rechtspraak_bench.py --aantal 20000 --engines sqlite

Prints the import rate and the median and 95th percentile of the searches (cold: the result
cache is bypassed, each search runs its SQL). Each engine runs in its own process on a fresh
database of its own (/tmp/vr_rechtspraak_bench.sqlite3, postgres vr_rechtspraak_bench)."""

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path

from _opzet import databank_url, migreer, start_django

ROOT = Path(__file__).resolve().parent.parent
SQLITE_PAD = "/tmp/vr_rechtspraak_bench.sqlite3"
PG_URL = os.environ.get(
    "BENCH_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432/vr_rechtspraak_bench"
)

INSTANTIES = [
    ("rvv", 60),
    ("rvs", 10),
    ("gwh", 3),
    ("cass", 3),
    ("arbh-brussel", 4),
    ("arbh-antwerpen", 3),
    ("arbrb-gent", 3),
    ("hvb-brussel", 3),
    ("rb-antwerpen", 3),
    ("fam-brussel", 2),
    ("ehrm", 3),
    ("hvj", 3),
]
THEMAS = {
    "Verblijf": [
        "Gezinshereniging",
        "Arbeidsmigratie",
        "Student niet-EU",
        "Unieburger",
        "Verblijfsdocumenten",
        "Humanitaire regularisatie",
        "Medische regularisatie",
        "Langdurig ingezetene",
    ],
    "Internationale bescherming": [
        "Vluchtelingenstatus",
        "Subsidiaire bescherming",
        "Opvang",
        "Dublin",
        "Tijdelijke bescherming",
    ],
    "Terugkeer": ["Inreisverbod", "Vasthouding", "Bevel om het grondgebied te verlaten"],
    "Sociaal recht": ["Werk", "OCMW-steun", "Groeipakket", "Dringende medische hulp"],
    "Internationaal privaatrecht": [
        "Huwelijk of samenwoning",
        "Buitenlandse documenten",
        "Naam",
        "Afstamming",
    ],
    "Nationaliteit": ["Nationaliteitsverklaring", "Staatloosheid"],
}
ONDERWERPEN = [
    "gezinshereniging",
    "bestaansmiddelen",
    "behoefteanalyse",
    "humanitaire regularisatie",
    "medische regularisatie",
    "inreisverbod",
    "hoorrecht",
    "vluchtelingenstatus",
    "subsidiaire bescherming",
    "geloofwaardigheid",
    "vasthouding",
    "gesloten centrum",
    "leefloon",
    "dringende medische hulp",
    "schijnhuwelijk",
    "nationaliteitsverklaring",
    "staatloosheid",
    "tijdelijke bescherming",
    "opvang",
    "gecombineerde vergunning",
    "studentenverblijf",
    "langdurig ingezetene",
    "Unieburger",
    "belang van het kind",
    "Dublinoverdracht",
    "verblijfskaart",
    "erkenning van een buitenlandse akte",
]
ZINNEN = [
    "De verzoekende partij voert aan dat de bestreden beslissing de formele motiveringsplicht schendt wat betreft {o}.",
    "De Dienst Vreemdelingenzaken heeft niet alle elementen van het administratief dossier over {o} in rekening gebracht.",
    "De Raad stelt vast dat de verwerende partij in haar nota geen antwoord biedt op het middel inzake {o}.",
    "Uit de stukken blijkt dat de referentiepersoon over stabiele en regelmatige inkomsten beschikt.",
    "Het Commissariaat-generaal voor de Vluchtelingen en de Staatlozen acht de verklaringen niet geloofwaardig.",
    "Artikel 8 van het EVRM vereist een billijke afweging tussen het gezinsleven en het algemeen belang.",
    "De verzoeker verblijft sinds meerdere jaren in België en kan bewijzen van integratie voorleggen.",
    "Het OCMW weigerde de maatschappelijke dienstverlening omdat de betrokkene geen wettig verblijf heeft.",
    "Het middel is gegrond in de mate dat de beslissing over {o} niet afdoende werd gemotiveerd.",
    "De beslissing van de ambtenaar van de burgerlijke stand steunt op onvoldoende concrete aanwijzingen.",
    "De verwerende partij betwist dat er sprake is van een schending van het zorgvuldigheidsbeginsel.",
    "Het Hof herinnert eraan dat de lidstaten bij de toepassing van de richtlijn het belang van het kind voorop stellen.",
    "Het beroep tot nietigverklaring werd tijdig ingesteld en is ontvankelijk.",
    "De kosten van het beroep komen ten laste van de verwerende partij.",
    "De arts-adviseur heeft onvoldoende onderzocht of de noodzakelijke zorgen toegankelijk zijn in het land van herkomst.",
    "De bestreden beslissing wordt vernietigd en de zaak wordt teruggezonden naar de bevoegde dienst.",
]
WETGEVING = [
    "art. 40ter Vreemdelingenwet",
    "art. 9bis Vreemdelingenwet",
    "art. 9ter Vreemdelingenwet",
    "art. 48/3 Vreemdelingenwet",
    "art. 74/11 Vreemdelingenwet",
    "art. 8 EVRM",
    "art. 3 EVRM",
    "art. 57, §2 OCMW-wet",
    "art. 12bis WBN",
    "Richtlijn 2003/86/EG",
]

# 20 representative searches: facets alone, words alone, words with facets, sorted by date.
ZOEKOPDRACHTEN = [
    {},
    {"instantie": "rvv"},
    {"jaar": "2023"},
    {"thema": "verblijf/gezinshereniging"},
    {"instantie": "rvs", "jaar": "2021"},
    {"soort": "vonnis", "taal": "nl"},
    {"q": "gezinshereniging"},
    {"q": "bestaansmiddelen referentiepersoon"},
    {"q": "inreisverbod", "instantie": "rvv"},
    {"q": "leefloon", "thema": "sociaal-recht/ocmw-steun"},
    {"q": "artikel 8 EVRM", "jaar": "2022"},
    {
        "q": "geloofwaardigheid",
        "thema": "internationale-bescherming/vluchtelingenstatus",
        "jaar": "2020",
    },
    {"q": "schijnhuwelijk", "taal": "nl", "sortering": "datum"},
    {"q": "vasthouding gesloten centrum", "instantie": "cass"},
    {"q": "medische regularisatie", "page": "3"},
    {"q": "staatloosheid", "instantie": "rb-antwerpen", "soort": "vonnis"},
    {"instantie": "hvj", "thema": "verblijf/gezinshereniging", "jaar": "2019"},
    {"q": "opvang", "jaar": "2024", "instantie": "arbh-brussel"},
    {"q": "motiveringsplicht", "sortering": "datum", "page": "50"},
    {"q": "belang van het kind", "thema": "verblijf/humanitaire-regularisatie", "taal": "fr"},
]


def slug(tekst):
    from django.utils.text import slugify

    return slugify(tekst)


def genereer(pad, aantal, woorden, seed=2024):
    rnd = random.Random(seed)
    paden = [slug(h) + "/" + slug(s) for h, subs in THEMAS.items() for s in subs]
    instanties = [code for code, gewicht in INSTANTIES for _ in range(gewicht)]
    tellers = {}
    with open(pad, "w", encoding="utf-8") as handle:
        for i in range(aantal):
            code = rnd.choice(instanties)
            jaar = rnd.randint(2005, 2025)
            datum = f"{jaar}-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}"
            tellers[code] = tellers.get(code, 0) + 1
            nummer = f"{100000 + tellers[code]}"
            onderwerp = rnd.choice(ONDERWERPEN)
            zinnen, n = [], 0
            while n < woorden:
                # mostly about its own subject, now and then another one (as real texts)
                ander = onderwerp if rnd.random() < 0.85 else rnd.choice(ONDERWERPEN)
                zin = rnd.choice(ZINNEN).format(o=ander)
                zinnen.append(zin)
                n += len(zin.split())
            regel = {
                "instantie": code,
                "datum": datum,
                "nummer": f"{nummer[:3]} {nummer[3:]}",
                "soort": "vonnis" if code.startswith(("rb", "fam", "arbrb")) else "arrest",
                "taal": rnd.choices(["nl", "fr", "en"], [85, 12, 3])[0],
                "titel": f"{onderwerp.capitalize()}: {rnd.choice(ZINNEN).format(o=onderwerp)[:120]}",
                "samenvatting": " ".join(rnd.choice(ZINNEN).format(o=onderwerp) for _ in range(3)),
                "tekst": "\n\n".join(zinnen),
                "trefwoorden": rnd.sample(ONDERWERPEN, 3),
                "themas": rnd.sample(paden, rnd.choice([1, 1, 2, 3])),
                "wetgeving": "\n".join(rnd.sample(WETGEVING, 2)),
            }
            if i % 3:
                regel["ecli"] = (
                    f"ECLI:BE:{code.upper().replace('-', '')[:7]}:{jaar}:ARR.{nummer}.{i}"
                )
            handle.write(json.dumps(regel, ensure_ascii=False) + "\n")


def maak_themas():
    from kennisbank.models import HomePage, ThemaPagina

    home = HomePage.objects.get()
    for hoofd, subs in THEMAS.items():
        ouder = ThemaPagina.objects.filter(slug=slug(hoofd)).first()
        if not ouder:
            ouder = home.add_child(instance=ThemaPagina(title=hoofd, slug=slug(hoofd)))
        for sub in subs:
            if not ThemaPagina.objects.filter(slug=slug(sub)).exists():
                ouder.add_child(instance=ThemaPagina(title=sub, slug=slug(sub)))


def versnel_analyse():
    """The generated texts are built from a few hundred distinct sentences: analyse each
    sentence once (the analysis is word-local, so the tokens are the same) instead of every
    text in full. Real texts would not repeat like this: --snelle-analyse measures the
    database side of the import, the plain run the whole of it."""
    from functools import lru_cache

    import rechtspraak.models as models
    import zoeken.analyse as analyse

    echte = analyse.analyseer

    @lru_cache(maxsize=200_000)
    def stuk(tekst):
        return tuple(echte(tekst))

    def analyseer(tekst):
        uit = []
        for deel in (tekst or "").split("\n\n"):
            for zin in deel.split(". "):
                uit.extend(stuk(zin))
        return uit

    analyse.analyseer = analyseer
    models.analyseer = analyseer


def intern(args):
    """One engine, in this process: DATABASE_URL already points at a fresh database."""
    start_django(stil=None, migreren=False)
    from django.db import connection

    from rechtspraak.importeren import importeer
    from rechtspraak.models import Uitspraak

    if args.snelle_analyse:
        versnel_analyse()
    if args.alleen_zoeken:
        print(f"  bestaande databank: {Uitspraak.objects.filter(live=True).count()} uitspraken")
        meet_zoeken(args)
        return
    migreer()
    maak_themas()
    bestand = Path(f"/tmp/vr_rechtspraak_bench_{args.aantal}_{args.woorden}.jsonl")
    if not bestand.exists():
        begin = time.perf_counter()
        genereer(bestand, args.aantal, args.woorden)
        print(f"  gegenereerd: {args.aantal} uitspraken in {time.perf_counter() - begin:.0f} s")
    begin = time.perf_counter()
    verslag = importeer(bestand)
    duur = time.perf_counter() - begin
    print(f"  import: {verslag}")
    print(
        f"  import: {duur:.0f} s, {args.aantal / duur:.0f} uitspraken per seconde "
        f"(inclusief analyse, FTS-index en sitezoekindex)"
    )
    if connection.vendor in ("sqlite", "postgresql"):
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    meet_zoeken(args)


def meet_zoeken(args):
    from django.http import QueryDict

    from rechtspraak.search import Zoekvraag, zoek

    for _ in range(2):  # warm the page cache of the database file, as a running site has it
        for params in ZOEKOPDRACHTEN:
            qd = QueryDict(mutable=True)
            qd.update(params)
            zoek(Zoekvraag.uit_parameters(qd), gebruik_cache=False)
    tijden, cpu = [], []
    for params in ZOEKOPDRACHTEN:
        qd = QueryDict(mutable=True)
        qd.update(params)
        begin, cpu_begin = time.perf_counter(), time.process_time()
        resultaat = zoek(Zoekvraag.uit_parameters(qd), gebruik_cache=False)
        ms = (time.perf_counter() - begin) * 1000
        tijden.append(ms)
        cpu.append((time.process_time() - cpu_begin) * 1000)
        if args.detail:
            print(
                f"    {ms:7.1f} ms (cpu {cpu[-1]:6.1f})  {resultaat.aantal:6d} treffers  {params}"
            )
    tijden.sort()
    cpu.sort()
    print(
        f"  cpu-tijd van het zoekproces (zonder wachten op een drukke machine; SQLite rekent in "
        f"het proces): mediaan {statistics.median(cpu):.1f} ms, "
        f"p95 {cpu[min(len(cpu) - 1, round(0.95 * len(cpu)) - 1)]:.1f} ms"
    )
    p95 = tijden[min(len(tijden) - 1, round(0.95 * len(tijden)) - 1)]
    print(
        f"  20 zoekopdrachten met facetten: mediaan {statistics.median(tijden):.1f} ms, "
        f"p95 {p95:.1f} ms, max {tijden[-1]:.1f} ms"
    )


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--aantal", type=int, default=100_000)
    parser.add_argument(
        "--woorden", type=int, default=250, help="woorden volledige tekst per uitspraak"
    )
    parser.add_argument("--engines", default="sqlite,postgresql")
    parser.add_argument(
        "--detail", action="store_true", help="elke zoekopdracht afzonderlijk tonen"
    )
    parser.add_argument(
        "--snelle-analyse",
        action="store_true",
        help="analyse per gegenereerde zin onthouden (meet de databankkant van de import)",
    )
    parser.add_argument(
        "--alleen-zoeken",
        action="store_true",
        help="niet importeren: alleen de zoekopdrachten meten op de databank van DATABASE_URL",
    )
    parser.add_argument("--intern", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.intern or args.alleen_zoeken:
        intern(args)
        return
    for engine in args.engines.split(","):
        print(f"== rechtspraak, {args.aantal} uitspraken, {engine}")
        env = dict(os.environ)
        if engine == "sqlite":
            for achtervoegsel in ("", "-wal", "-shm"):
                Path(SQLITE_PAD + achtervoegsel).unlink(missing_ok=True)
            env["DATABASE_URL"] = f"sqlite:///{SQLITE_PAD}"
        elif engine == "postgresql":
            if databank_url(engine, PG_URL, "bench-rechtspraak-") is None:
                continue
            env["DATABASE_URL"] = PG_URL
        else:
            print(f"  onbekende engine {engine}")
            continue
        cmd = [
            sys.executable,
            __file__,
            "--intern",
            "--aantal",
            str(args.aantal),
            "--woorden",
            str(args.woorden),
        ] + (["--detail"] if args.detail else [])
        cmd += ["--snelle-analyse"] if args.snelle_analyse else []
        subprocess.run(cmd, env=env, check=False, cwd=ROOT)


if __name__ == "__main__":
    main()
