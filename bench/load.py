"""Load test: the production settings under gunicorn on 127.0.0.1, N concurrent clients.

    .venv/bin/python bench/load.py [--duur 10] [--clients 20] [--themas 600] [--opnieuw]

1. Prepares a database once (PostgreSQL `vr_load` on 127.0.0.1:5432, or LOAD_DATABASE_URL;
   SQLite in /tmp if PostgreSQL is not reachable): migrate, `demo_inhoud`, and a stress
   corpus of theme pages (through `kennisbank_import`) and judgments (LOAD_UITSPRAKEN,
   default 10,000, made by bench/rechtspraak_bench.py's generator, through
   `rechtspraak_import`). `--opnieuw` starts from an empty database.
2. Collects the static files (whitenoise serves them from the manifest) and starts gunicorn
   with deploy/gunicorn.conf.py and config.settings.production on 127.0.0.1:PORT, with the
   page cache in Redis (127.0.0.1:6379) when that answers, as in production.
3. For each scenario (home page, a theme page, the site search with ten popular terms and
   with searches that are all different, a facetted case-law search, all different) sends
   requests from N clients for --duur seconds, each scenario on an empty cache and after a
   warm-up, and prints requests/s, median, 95th percentile and errors. First with every
   client sending its next request as soon as the last one is answered (the capacity of the
   machine), then the searches again as N users who arrive one by one and read for
   --denktijd seconds (0.5x to 1.5x) between two searches (at least 30 s per scenario).
   Clients send `X-Forwarded-Proto: https` as nginx would. Uses
   wrk when installed (`apt-get install wrk`), else a thread-per-client http.client loop
   (which itself costs CPU on a 2-core machine: wrk figures are higher).

Only ever targets 127.0.0.1; every loop is bounded in time; gunicorn is stopped at the end.
Goals (issue 7): cached theme page >= 300 req/s; search p95 < 200 ms at 20 users."""

import argparse
import http.client
import itertools
import json
import os
import random
import re
import secrets
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import urlencode

from _opzet import maak_leeg

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
HOST = "127.0.0.1"
PG_URL = "postgres://postgres@127.0.0.1:5432/vr_load"
ZOEKTERMEN = [
    "gezinshereniging",
    "verblijfskaart",
    "nationaliteit",
    "arbeidskaart",
    "oekraïne tijdelijke bescherming",
    "huwelijk",
    "asiel",
    "student",
    "ocmw",
    "unieburger",
]


def poort_open(host, poort):
    with socket.socket() as s:
        s.settimeout(0.5)
        return s.connect_ex((host, poort)) == 0


def vrije_poort():
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


def database_url():
    if os.environ.get("LOAD_DATABASE_URL"):
        return os.environ["LOAD_DATABASE_URL"]
    if poort_open("127.0.0.1", 5432):
        return PG_URL
    return f"sqlite:///{tempfile.gettempdir()}/vr_load.sqlite3"


def basis_env(db_url):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "SECRET_KEY": os.environ.get("LOAD_SECRET_KEY") or secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": f"{HOST},localhost",
        "SITE_URL": f"http://{HOST}",
        "DATABASE_URL": db_url,
        "DATABASE_CONN_MAX_AGE": "600",
        "LOG_LEVEL": "WARNING",
        "GUNICORN_ACCESSLOG": "/dev/null",
        "GUNICORN_LOGLEVEL": "warning",
        "EMAIL_URL": "dummy://",
        "AXES_PROXY_COUNT": "0",
    }
    if poort_open("127.0.0.1", 6379) and "REDIS_URL" not in os.environ:
        env["REDIS_URL"] = "redis://127.0.0.1:6379/7"
    return env


def manage(env, *args, check=True, capture=False):
    return subprocess.run(
        [PYTHON, "manage.py", *args],
        cwd=ROOT,
        env=env,
        check=check,
        text=True,
        capture_output=capture,
    )


def django_shell(env, code):
    """Run Python in a Django process (with env's settings); returns its stdout."""
    prog = "import django; django.setup()\n" + code
    result = subprocess.run(
        [PYTHON, "-c", prog], cwd=ROOT, env=env, check=True, text=True, capture_output=True
    )
    return result.stdout.strip()


def postgres_database_bestaat(db_url):
    import psycopg

    naam = db_url.rsplit("/", 1)[1]
    beheer = db_url.rsplit("/", 1)[0] + "/postgres"
    with psycopg.connect(beheer, autocommit=True) as conn:
        rij = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [naam]).fetchone()
    return rij is not None


def schrijf_themas(pad, aantal):
    """A JSON-lines file for kennisbank_import: `aantal` theme pages in three levels."""
    alinea = (
        "<p>De aanvrager moet aantonen dat hij over stabiele, regelmatige en voldoende "
        "bestaansmiddelen beschikt, over behoorlijke huisvesting en een ziektekostenverzekering "
        "(art. 10 Vreemdelingenwet). Voor gezinshereniging met een Belg gelden bijzondere "
        "voorwaarden.</p>"
    )
    regels = []
    per_thema = max(1, (aantal - 72 + 63) // 64)
    for a in range(8):
        regels.append((f"belasting-{a}", f"Belastingsgebied {a}"))
        for b in range(8):
            regels.append((f"belasting-{a}/thema-{b}", f"Thema {a}.{b} verblijf"))
            for c in range(per_thema):
                regels.append(
                    (f"belasting-{a}/thema-{b}/onderwerp-{c}", f"Onderwerp {a}.{b}.{c} verblijf")
                )
    with open(pad, "w", encoding="utf-8") as handle:
        for sub, titel in regels[:aantal]:
            handle.write(
                json.dumps(
                    {
                        "type": "thema",
                        "pad": sub,
                        "titel": titel,
                        "samenvatting": "Wie kan zich laten vervoegen, onder welke voorwaarden.",
                        "inhoud_html": f"{alinea}<h2>Voorwaarden</h2>{alinea * 3}"
                        f"<h2>Procedure</h2>{alinea * 2}",
                        "bijgewerkt": "2025-06-01",
                    },
                    ensure_ascii=False,
                )
                + "\n"
            )
    return min(aantal, len(regels))


def laad_uitspraken(env, aantal):
    """Generated judgments through `rechtspraak_import`, with the generator of
    bench/rechtspraak_bench.py when that exists (and its theme tree)."""
    if not (ROOT / "bench" / "rechtspraak_bench.py").exists():
        return "geen bench/rechtspraak_bench.py: alleen de demo-uitspraken"
    with tempfile.TemporaryDirectory() as tmp:
        bestand = Path(tmp) / "uitspraken.jsonl"
        django_shell(
            env,
            "import sys; sys.path.insert(0, 'bench')\n"
            "import rechtspraak_bench as rb\n"
            "rb.maak_themas()\n"
            f"rb.genereer({str(bestand)!r}, {aantal}, 400)\n"
            "import json\n"
            "from kennisbank.models import ThemaPagina\n"
            "from rechtspraak.models import thema_pad\n"
            "bekend = {thema_pad(t) for t in ThemaPagina.objects.all()}\n"
            f"pad = {str(bestand)!r}\n"
            "regels = [json.loads(r) for r in open(pad, encoding='utf-8')]\n"
            "with open(pad, 'w', encoding='utf-8') as f:\n"
            "    for r in regels:\n"
            "        r['themas'] = [t for t in r['themas'] if t in bekend]\n"
            "        f.write(json.dumps(r, ensure_ascii=False) + '\\n')\n",
        )
        t = time.perf_counter()
        uit = manage(env, "rechtspraak_import", str(bestand), capture=True, check=False)
        if uit.returncode != 0:
            return f"import mislukt: {(uit.stderr or uit.stdout).strip().splitlines()[-1:]}"
        return f"{aantal} gegenereerde uitspraken geïmporteerd in {time.perf_counter() - t:.0f} s"


def bereid_voor(env, db_url, themas, opnieuw):
    if db_url.startswith("postgres"):
        if opnieuw or not postgres_database_bestaat(db_url):
            print(f"databank {db_url} aanmaken ...", flush=True)
            maak_leeg(db_url)
    elif opnieuw and db_url.startswith("sqlite:///"):
        Path(db_url[len("sqlite:///") :]).unlink(missing_ok=True)
    manage(env, "migrate", "--no-input", "-v0")
    bestaand = int(
        django_shell(
            env,
            "from kennisbank.models import ThemaPagina\n"
            "print(ThemaPagina.objects.filter(slug__startswith='onderwerp-').count())",
        )
    )
    if bestaand == 0 or opnieuw:
        print("demo-inhoud laden ...", flush=True)
        manage(env, "demo_inhoud", capture=True)
        with tempfile.TemporaryDirectory() as tmp:
            bestand = Path(tmp) / "themas.jsonl"
            n = schrijf_themas(bestand, themas)
            print(f"stresscorpus: {n} themapagina's importeren ...", flush=True)
            t = time.perf_counter()
            manage(env, "kennisbank_import", str(bestand), capture=True)
            print(f"  klaar in {time.perf_counter() - t:.0f} s", flush=True)
    gewenst = int(os.environ.get("LOAD_UITSPRAKEN", "10000"))
    uitspraken = int(
        django_shell(
            env, "from rechtspraak.models import Uitspraak\nprint(Uitspraak.objects.count())"
        )
    )
    if uitspraken < gewenst // 2:
        print(f"rechtspraak: {laad_uitspraken(env, gewenst)}", flush=True)
    info = django_shell(
        env,
        "import json\n"
        "from kennisbank.models import ThemaPagina, NieuwsPagina\n"
        "from wagtail.models import Page\n"
        "diep = ThemaPagina.objects.live().filter(depth__gte=5).order_by('path').first() "
        "or ThemaPagina.objects.live().first()\n"
        "try:\n"
        "    from rechtspraak.models import Uitspraak\n"
        "    uitspraken = Uitspraak.objects.count()\n"
        "except Exception:\n"
        "    uitspraken = 0\n"
        "print(json.dumps({'thema': diep.url if diep else '/', "
        "'themas': ThemaPagina.objects.live().count(), "
        "'nieuws': NieuwsPagina.objects.live().count(), 'paginas': Page.objects.count(), "
        "'uitspraken': uitspraken}))",
    )
    return json.loads(info.splitlines()[-1])


def start_gunicorn(env, poort, workers, threads=1):
    env = {
        **env,
        "GUNICORN_BIND": f"{HOST}:{poort}",
        "GUNICORN_WORKERS": str(workers),
        "GUNICORN_THREADS": str(threads),
    }
    proces = subprocess.Popen(
        [str(Path(PYTHON).parent / "gunicorn"), "-c", "deploy/gunicorn.conf.py"],
        cwd=ROOT,
        env=env,
        start_new_session=True,
    )
    einde = time.monotonic() + 60
    while time.monotonic() < einde:
        if proces.poll() is not None:
            raise SystemExit(f"gunicorn stopte meteen (code {proces.returncode})")
        try:
            status, _ = haal(poort, "/")
            if status == 200:
                return proces
        except OSError:
            pass
        time.sleep(0.3)
    stop(proces)
    raise SystemExit("gunicorn antwoordde niet binnen 60 s")


def stop(proces):
    if proces.poll() is None:
        os.killpg(proces.pid, signal.SIGTERM)
        try:
            proces.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(proces.pid, signal.SIGKILL)
            proces.wait()


HEADERS = {"X-Forwarded-Proto": "https", "User-Agent": "vr-loadtest"}


def haal(poort, pad, conn=None):
    eigen = conn is None
    conn = conn or http.client.HTTPConnection(HOST, poort, timeout=30)
    try:
        conn.request("GET", pad, headers=HEADERS)
        response = conn.getresponse()
        body = response.read()
        return response.status, body
    finally:
        if eigen:
            conn.close()


WOORDEN = [
    "verblijf",
    "gezinshereniging",
    "nationaliteit",
    "arbeidskaart",
    "huwelijk",
    "asiel",
    "student",
    "ocmw",
    "unieburger",
    "oekraine",
    "bescherming",
    "regularisatie",
    "leefloon",
    "inreisverbod",
    "kinderen",
    "werk",
    "visum",
    "erkenning",
    "documenten",
    "terugkeer",
    "rvv",
    "dvz",
    "beroep",
    "verblijfskaart",
    "samenwonen",
    "belg",
    "nationaliteitsverklaring",
    "inschrijving",
    "gemeente",
    "opvang",
]


def verschillende_zoekopdrachten():
    """Site searches that are all different (one or two words, with or without a type), so
    that the result cache, which answers a repeated search, is not what is measured."""
    vragen = [(w,) for w in WOORDEN] + list(itertools.combinations(WOORDEN, 2))
    urls = [
        "/zoeken/?" + urlencode({"q": " ".join(vraag), "direct": "0", **extra})
        for vraag in vragen
        for extra in ({}, {"type": "thema"}, {"type": "uitspraak"})
    ]
    random.Random(3).shuffle(urls)
    return urls


RECHTSPRAAK_WOORDEN = [
    "verblijf",
    "gezinshereniging",
    "inreisverbod",
    "bestaansmiddelen",
    "vasthouding",
    "leefloon",
    "motiveringsplicht",
    "geloofwaardigheid",
    "",
]


def facet_urls(poort):
    """Case-law searches with facets, all different (words x court x year), so that the
    result cache, which would answer a repeated search, measures nothing: each request runs
    the search. The courts are taken from the page's own facet links."""
    status, body = haal(poort, "/rechtspraak/")
    if status != 200:
        return None, f"/rechtspraak/ gaf {status}"
    html = body.decode("utf-8", "replace")
    instanties = list(dict.fromkeys(re.findall(r"[?&;]instantie=([\w-]+)", html))) or ["rvv"]
    jaren = list(dict.fromkeys(re.findall(r"[?&;]jaar=(\d{4})", html))) or ["2024"]
    urls = []
    for woord in RECHTSPRAAK_WOORDEN:
        for instantie in instanties:
            for jaar in jaren:
                params = {"instantie": instantie, "jaar": jaar}
                if woord:
                    params["q"] = woord
                urls.append("/rechtspraak/?" + urlencode(params))
    random.Random(7).shuffle(urls)
    return urls, None


def python_belasting(poort, paden, clients, duur, denktijd=0.0):
    """Thread-per-client closed loop (with `denktijd` seconds between a client's requests,
    0.5x to 1.5x at random): returns (requests, errors, latencies in s, seconds)."""
    latenties = []
    fouten = [0]
    slot = threading.Lock()
    stop_op = time.monotonic() + duur

    def client(nummer):
        eigen, eigen_fouten = [], 0
        i = nummer
        if denktijd:  # users arrive one by one, not all in the same millisecond
            time.sleep(random.uniform(0, denktijd))
        conn = http.client.HTTPConnection(HOST, poort, timeout=30)
        while time.monotonic() < stop_op:
            pad = paden[i % len(paden)]
            i += clients  # each client its own share of the list: no repeats
            t = time.perf_counter()
            for poging in (1, 2):
                try:
                    conn.request("GET", pad, headers=HEADERS)
                    response = conn.getresponse()
                    response.read()
                    if response.status != 200:
                        eigen_fouten += 1
                    if response.getheader("Connection", "").lower() == "close":
                        conn.close()
                        conn = http.client.HTTPConnection(HOST, poort, timeout=30)
                    break
                except (OSError, http.client.HTTPException) as fout:
                    conn.close()
                    conn = http.client.HTTPConnection(HOST, poort, timeout=30)
                    # a kept-alive connection the server closed meanwhile (a recycled
                    # worker): a browser sends the request again on a new one, so do we
                    if poging == 1 and isinstance(fout, http.client.RemoteDisconnected):
                        t = time.perf_counter()
                        continue
                    eigen_fouten += 1
                    break
            eigen.append(time.perf_counter() - t)
            if denktijd:
                time.sleep(
                    min(denktijd * random.uniform(0.5, 1.5), max(stop_op - time.monotonic(), 0))
                )
        conn.close()
        with slot:
            latenties.extend(eigen)
            fouten[0] += eigen_fouten

    begin = time.perf_counter()
    threads = [threading.Thread(target=client, args=(n,)) for n in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(duur + 60)
    return len(latenties), fouten[0], latenties, time.perf_counter() - begin


WRK_LUA = """
local paden = {%s}
local teller = 0
local fouten = 0
-- each wrk thread starts at its own part of the list (no thread repeats another's URL)
local volgende = 0
setup = function(thread)
  thread:set("deel", volgende)
  volgende = volgende + 1
end
init = function(args)
  teller = (deel or 0) * math.floor(#paden / %d)
end
request = function()
  teller = teller + 1
  return wrk.format("GET", paden[(teller %% #paden) + 1], {["X-Forwarded-Proto"] = "https"})
end
response = function(status, headers, body)
  if status ~= 200 then fouten = fouten + 1 end
end
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT %%d %%d %%f %%f %%f\\n", summary.requests,
    e.connect + e.read + e.write + e.timeout + e.status, summary.duration / 1e6,
    latency:percentile(50) / 1e3, latency:percentile(95) / 1e3))
end
"""


def wrk_belasting(poort, paden, clients, duur):
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as lua:
        lua.write(WRK_LUA % (", ".join(json.dumps(p) for p in paden), min(clients, 2)))
    try:
        result = subprocess.run(
            [
                "wrk",
                "-t",
                str(min(clients, 2)),
                "-c",
                str(clients),
                "-d",
                f"{duur}s",
                "--timeout",
                "10s",
                "-s",
                lua.name,
                f"http://{HOST}:{poort}/",
            ],
            capture_output=True,
            text=True,
            timeout=duur + 60,
        )
    finally:
        os.unlink(lua.name)
    regel = next(r for r in result.stdout.splitlines() if r.startswith("RESULT"))
    _, n, fouten, seconden, p50, p95 = regel.split()
    return int(n), int(fouten), float(seconden), float(p50), float(p95)


def leeg_cache(env):
    """Every scenario starts with an empty cache (pages, search results)."""
    if env.get("REDIS_URL"):
        subprocess.run(["redis-cli", "-n", "7", "FLUSHDB"], capture_output=True, check=False)


def meet(poort, naam, paden, clients, duur, motor, denktijd=0.0):
    # warm-up from the end of the list: fills the workers' connections and (for a single
    # page) the page cache, and leaves the start of a list of distinct searches uncached
    for pad in paden[::-1][:10]:
        haal(poort, pad)
    python_belasting(poort, paden[::-1], clients, min(2, duur))
    if motor == "wrk" and not denktijd:
        n, fouten, seconden, p50, p95 = wrk_belasting(poort, paden, clients, duur)
    else:
        # with a think time the Python clients cost next to nothing, and they start one by
        # one (wrk's connections would all send their first request at the same moment)
        n, fouten, latenties, seconden = python_belasting(poort, paden, clients, duur, denktijd)
        latenties.sort()
        p50 = statistics.median(latenties) * 1000 if latenties else 0
        p95 = latenties[int(0.95 * (len(latenties) - 1))] * 1000 if latenties else 0
    return {
        "scenario": naam,
        "url": paden[0],
        "requests": n,
        "req_s": n / seconden if seconden else 0,
        "p50_ms": p50,
        "p95_ms": p95,
        "fouten": fouten,
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--duur", type=int, default=int(os.environ.get("LOAD_DUUR", "10")))
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--themas", type=int, default=600, help="themapagina's in het corpus")
    parser.add_argument("--workers", type=int, default=int(os.environ.get("LOAD_WORKERS", "3")))
    parser.add_argument("--threads", type=int, default=int(os.environ.get("LOAD_THREADS", "4")))
    parser.add_argument("--opnieuw", action="store_true", help="begin met een lege databank")
    parser.add_argument("--motor", choices=["wrk", "python"], default=None)
    parser.add_argument(
        "--denktijd",
        type=float,
        default=2.0,
        help="seconden tussen twee zoekopdrachten van een gebruiker in de tweede meting "
        "(0: alleen de meting zonder pauze)",
    )
    args = parser.parse_args()
    motor = args.motor or ("wrk" if shutil.which("wrk") else "python")
    duur = max(1, min(args.duur, 120))

    db_url = database_url()
    env = basis_env(db_url)
    info = bereid_voor(env, db_url, args.themas, args.opnieuw)
    manage(env, "collectstatic", "--no-input", "-v0")

    poort = vrije_poort()
    proces = start_gunicorn(env, poort, args.workers, args.threads)
    try:
        facetten, probleem = facet_urls(poort)
        scenarios = [
            ("startpagina", ["/"]),
            ("themapagina (cache)", [info["thema"]]),
            # direct=0: the results page even for a query that is exactly a page title
            # (that one would redirect to the page, which measures nothing)
            (
                "zoeken (10 populaire)",
                ["/zoeken/?" + urlencode({"q": q, "direct": "0"}) for q in ZOEKTERMEN],
            ),
            ("zoeken (alle anders)", verschillende_zoekopdrachten()),
        ]
        if facetten:
            scenarios.append(("rechtspraak met facet", facetten))
        resultaten, gebruikers = [], []
        for naam, paden in scenarios:
            leeg_cache(env)
            resultaten.append(meet(poort, naam, paden, args.clients, duur, motor))
        if args.denktijd:
            for naam, paden in scenarios[2:]:
                leeg_cache(env)
                # at 20 users reading 2 s, 10 searches a second: 30 s for a 95th percentile
                gebruikers.append(
                    meet(poort, naam, paden, args.clients, max(duur, 30), motor, args.denktijd)
                )
    finally:
        stop(proces)

    print()
    print(
        f"databank: {db_url.split('@')[-1]} · cache: "
        f"{'Redis' if env.get('REDIS_URL') else 'lokaal geheugen per worker'} · "
        f"{args.workers} gunicorn-workers x {args.threads} threads · {args.clients} clients · {duur} s per scenario · "
        f"motor: {motor}"
    )
    print(
        f"inhoud: {info['themas']} themapagina's, {info['nieuws']} nieuwspagina's, "
        f"{info['paginas']} pagina's, {info['uitspraken']} uitspraken"
    )
    print(f"{args.clients} verbindingen zonder pauze (de capaciteit van de machine):")
    toon(resultaten)
    if gebruikers:
        print(
            f"{args.clients} gebruikers die tussen twee zoekopdrachten gemiddeld "
            f"{args.denktijd:g} s lezen (0,5x tot 1,5x), {max(duur, 30)} s per scenario:"
        )
        toon(gebruikers)
    if probleem:
        print(f"rechtspraak met facet: niet gemeten ({probleem})")
    thema = next(r for r in resultaten if r["scenario"].startswith("themapagina"))
    print(
        f"doel themapagina >= 300 req/s: {'gehaald' if thema['req_s'] >= 300 else 'NIET gehaald'}"
    )
    for soort, rijen in (("zonder pauze", resultaten), ("met denktijd", gebruikers)):
        for r in rijen:
            if "zoeken" in r["scenario"] or "rechtspraak" in r["scenario"]:
                print(
                    f"doel p95 < 200 ms, {r['scenario']}, {soort}: "
                    f"{'gehaald' if r['p95_ms'] < 200 else 'NIET gehaald'}"
                )


def toon(rijen):
    print(f"  {'scenario':<24} {'req/s':>8} {'p50 ms':>8} {'p95 ms':>8} {'fouten':>7}  url")
    for r in rijen:
        print(
            f"  {r['scenario']:<24} {r['req_s']:8.0f} {r['p50_ms']:8.1f} {r['p95_ms']:8.1f} "
            f"{r['fouten']:7d}  {r['url']}"
        )


if __name__ == "__main__":
    main()
