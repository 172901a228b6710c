"""Shared pieces of the all-or-nothing importers (kennisbank, rechtspraak, juridesk,
nieuwsbrief): read a file line by line, name the bad line, show progress."""

import csv
import json
import sys
from pathlib import Path

from django.core.management.base import CommandError
from tqdm import tqdm


class ImportFout(Exception):
    """A bad line: the import stops, nothing is written, and the line is named."""

    def __init__(self, regel, reden):
        self.regel = regel
        self.reden = reden
        super().__init__(f"regel {regel}: {reden}" if regel else reden)


def lees_jsonl(path):
    """Yield (line number, object) for every non-empty line of a JSON-lines file."""
    path = Path(path)
    if not path.exists():
        raise ImportFout(0, f"bestand {path} bestaat niet")
    with path.open(encoding="utf-8") as handle:
        for nummer, regel in enumerate(handle, start=1):
            if not regel.strip():
                continue
            try:
                obj = json.loads(regel)
            except json.JSONDecodeError as exc:
                raise ImportFout(nummer, f"geen geldige JSON ({exc.msg})") from exc
            if not isinstance(obj, dict):
                raise ImportFout(nummer, "een regel moet een JSON-object zijn")
            yield nummer, obj


def lees_csv(path, verwachte_kolommen, delimiter=";"):
    """Yield (line number, row dict) of a UTF-8 CSV file whose header must hold the columns."""
    path = Path(path)
    if not path.exists():
        raise ImportFout(0, f"bestand {path} bestaat niet")
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle, delimiter=delimiter)
        kolommen = [c.strip() for c in (reader.fieldnames or [])]
        ontbrekend = [k for k in verwachte_kolommen if k not in kolommen]
        if ontbrekend:
            raise ImportFout(1, f"kolommen ontbreken in de kop: {', '.join(ontbrekend)}")
        reader.fieldnames = kolommen
        for row in reader:
            if None in row:
                raise ImportFout(reader.line_num, "te veel velden op deze regel")
            yield reader.line_num, {k: (v or "").strip() for k, v in row.items()}


def tel_regels(path):
    with open(path, "rb") as handle:
        return sum(1 for _ in handle)


def voortgang(iterable, total=None, desc="", stream=None):
    """A progress bar on standard error (silent when that is not a terminal)."""
    stream = stream or sys.stderr
    return tqdm(
        iterable,
        total=total,
        desc=desc,
        unit=" regels",
        file=stream,
        disable=not stream.isatty(),
        leave=False,
    )


def als_command_error(fout: ImportFout) -> CommandError:
    return CommandError(f"Import afgebroken, er is niets ingevoerd: {fout}")
