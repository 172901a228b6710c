"""Run every benchmark in bench/ and print one summary table (`make bench`).

    .venv/bin/python bench/run_all.py                 # all, with small sizes
    .venv/bin/python bench/run_all.py load rechtspraak_bench
    BENCH_GROOT=1 .venv/bin/python bench/run_all.py   # each script with its own (full) defaults

Benchmarks are found at run time: every bench/*.py except this file, files starting with
"_", and helper modules that another bench script imports (e.g. the SMTP server of the
newsletter benchmarks). Each runs in its own process, one after
the other (they share 2 cores), with a time limit (BENCH_TIMEOUT, default 900 s). Scripts
listed in KLEIN get small sizes so that the whole run stays within minutes; others run with
their defaults and BENCH_KLEIN=1 in the environment, which they may read. The table shows,
per benchmark, its status, its duration and the figures it printed (its last lines that
contain a number)."""

import os
import re
import subprocess
import sys
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent

# Small sizes for the scripts we know (the full sizes are their own defaults).
KLEIN = {
    "kennisbank_import": ["200"],
    "nieuwsbrief_bench": ["2000"],
    "rechtspraak_bench": ["--aantal", "5000"],
    "juridesk_bench": ["--aantal", "20000", "--herhaal", "2"],
    "jaarverslag_bench": ["--aantal", "20000", "--herhaal", "2"],
    # 3,000 at about 400 a second: the kills (0.2 to 2 s after sending resumes) land mid-send
    "nieuwsbrief_fault": ["3000", "2"],
    "zoek_stress": ["--schaal", "0.05", "--herhalingen", "2"],
    "load": ["--duur", "5"],
    "meldingen_bench": ["--abonnees", "2000"],
    "inhoudsopvolging_bench": ["--aantal", "20000", "--dagen", "7", "--zoekopdrachten", "50"],
}
MAX_REGELS = 12
BREEDTE = 110


def vind_benchmarks():
    scripts = sorted(p for p in BENCH.glob("*.py") if p.name != Path(__file__).name)
    scripts = [p for p in scripts if not p.name.startswith("_")]
    bronnen = {p: p.read_text(encoding="utf-8", errors="replace") for p in scripts}
    hulp = {
        p
        for p in scripts
        for ander, bron in bronnen.items()
        if ander != p
        and re.search(rf"^\s*(from|import)\s+{re.escape(p.stem)}\b", bron, re.MULTILINE)
    }
    return [p for p in scripts if p not in hulp]


def cijfers(uitvoer):
    regels = [r.rstrip() for r in uitvoer.splitlines() if r.strip()]
    met_getal = [r for r in regels if re.search(r"\d", r)]
    return [r if len(r) <= BREEDTE else r[: BREEDTE - 1] + "…" for r in met_getal[-MAX_REGELS:]]


def draai(script, timeout):
    naam = script.stem
    args = [] if os.environ.get("BENCH_GROOT") else KLEIN.get(naam, [])
    env = {**os.environ, "BENCH_KLEIN": "0" if os.environ.get("BENCH_GROOT") else "1"}
    env.setdefault("PYTHONUNBUFFERED", "1")
    print(f"▶ {naam} {' '.join(args)}", file=sys.stderr, flush=True)
    begin = time.perf_counter()
    try:
        result = subprocess.run(
            [sys.executable, str(script), *args],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=timeout,
        )
        status = "ok" if result.returncode == 0 else f"fout ({result.returncode})"
        uitvoer = result.stdout
        if result.returncode != 0:
            uitvoer += "\n" + "\n".join(result.stderr.strip().splitlines()[-3:])
    except subprocess.TimeoutExpired as exc:
        status = f"> {timeout} s"
        uitvoer = exc.stdout.decode() if isinstance(exc.stdout, bytes) else (exc.stdout or "")
    duur = time.perf_counter() - begin
    print(f"  {status}, {duur:.0f} s", file=sys.stderr, flush=True)
    return {
        "naam": naam,
        "args": " ".join(args),
        "status": status,
        "duur": duur,
        "uitvoer": uitvoer,
    }


def tabel(resultaten):
    kop = f"{'benchmark':<28} {'status':<10} {'duur':>7}  cijfers"
    lijn = "─" * (len(kop) + BREEDTE - 8)
    print(lijn)
    print(kop)
    print(lijn)
    for r in resultaten:
        regels = cijfers(r["uitvoer"]) or ["(geen cijfers)"]
        naam = r["naam"] + (f" {r['args']}" if r["args"] else "")
        for i, regel in enumerate(regels):
            if i == 0:
                print(f"{naam[:28]:<28} {r['status']:<10} {r['duur']:6.0f}s  {regel}")
            else:
                print(f"{'':<28} {'':<10} {'':>7}  {regel}")
        print(lijn)


def main():
    gekozen = set(sys.argv[1:])
    scripts = [s for s in vind_benchmarks() if not gekozen or s.stem in gekozen]
    if not scripts:
        print("geen benchmarks gevonden", file=sys.stderr)
        return 1
    timeout = int(os.environ.get("BENCH_TIMEOUT", "900"))
    resultaten = [draai(s, timeout) for s in scripts]
    tabel(resultaten)
    return 0 if all(r["status"] == "ok" for r in resultaten) else 1


if __name__ == "__main__":
    sys.exit(main())
