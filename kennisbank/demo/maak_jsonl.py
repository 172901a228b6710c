"""Writes kennisbank/demo/kennisbank.jsonl from themas.py and nieuws.py.

    .venv/bin/python -m kennisbank.demo.maak_jsonl

The JSONL is committed: demo.laad() imports it with the real importer (kennisbank_import)."""

import json
from pathlib import Path

from .nieuws import BEGRIPPEN, DOSSIERS, NIEUWS
from .themas import THEMAS

BESTAND = Path(__file__).with_name("kennisbank.jsonl")


def regels():
    return [*THEMAS, *BEGRIPPEN, *NIEUWS, *DOSSIERS]


def main():
    with BESTAND.open("w", encoding="utf-8") as handle:
        for regel in regels():
            handle.write(json.dumps(regel, ensure_ascii=False) + "\n")
    print(
        f"{BESTAND}: {len(THEMAS)} thema's, {len(NIEUWS)} nieuws, {len(DOSSIERS)} dossiers, "
        f"{len(BEGRIPPEN)} begrippen"
    )


if __name__ == "__main__":
    main()
