"""Hostile requests against every public URL and the juridesk statistics and listing
screens, with the generator of tests/test_vijandig.py; prints the answers per status code.

    .venv/bin/python bench/vijandig.py              # the test's own numbers (11,450 requests)
    .venv/bin/python bench/vijandig.py --factor 3   # three times as many

It runs that test module (pytest, a throw-away test database, the Django test client),
so the figures are exactly those the test asserts on: no answer may be a 500."""

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    standaard = "0.2" if os.environ.get("BENCH_KLEIN") else "1"
    parser.add_argument("--factor", default=standaard, help="times the test's own numbers")
    args = parser.parse_args()
    with tempfile.NamedTemporaryFile("r", suffix=".txt") as tabel:
        omgeving = dict(os.environ, VIJANDIG_FACTOR=args.factor, VIJANDIG_TABEL=tabel.name)
        proces = subprocess.run(
            [
                sys.executable,
                "-m",
                "pytest",
                "-p",
                "no:xdist",
                "-q",
                "--no-header",
                "--tb=short",
                "tests/test_vijandig.py",
                "-k",
                "hostile",
            ],
            cwd=ROOT,
            env=omgeving,
            capture_output=True,
            text=True,
        )
        print(proces.stdout[-3000:] if proces.returncode else proces.stdout.splitlines()[-1])
        print("Vijandige verzoeken per statuscode:")
        print(tabel.read())
    return proces.returncode


if __name__ == "__main__":
    sys.exit(main())
