"""Shared pieces of the all-or-nothing importers (kennisbank, rechtspraak, juridesk,
nieuwsbrief): read a file line by line, name the bad line, show progress."""

import csv
import json
import sys
from pathlib import Path

from django.core.management.base import CommandError
from tqdm import tqdm

from .csvbestand import herstel_cel


class ImportFout(Exception):
    """A bad line: the import stops, nothing is written, and the line is named."""

    def __init__(self, regel, reden):
        self.regel = regel
        self.reden = reden
        super().__init__(f"regel {regel}: {reden}" if regel else reden)


class _FysiekeRegels:
    """The lines of a file exactly as they are stored: split on "\n" only (a lone "\r" or
    a U+2028 inside a value does not start a line), each decoded as UTF-8 on its own, so
    that a byte sequence that is not UTF-8 is a bad line with its number, and `nummer` is
    always the physical line last read (for a CSV record over several lines too)."""

    def __init__(self, handle):
        self.handle = handle
        self.nummer = 0

    def __iter__(self):
        return self

    def __next__(self):
        ruw = self.handle.readline()
        if not ruw:
            raise StopIteration
        self.nummer += 1
        try:
            tekst = ruw.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise ImportFout(
                self.nummer,
                f"geen geldige UTF-8 (byte 0x{ruw[exc.start]:02X} op positie {exc.start + 1}); "
                "sla het bestand op als UTF-8",
            ) from None
        return tekst.removeprefix("\ufeff") if self.nummer == 1 else tekst


def _open(path):
    path = Path(path)
    if not path.is_file():
        raise ImportFout(0, f"bestand {path} bestaat niet")
    return path.open("rb")


def lees_jsonl(path):
    """Yield (line number, object) for every non-empty line of a JSON-lines file."""
    with _open(path) as handle:
        regels = _FysiekeRegels(handle)
        for regel in regels:
            if not regel.strip():
                continue
            try:
                obj = json.loads(regel)
            except json.JSONDecodeError as exc:
                raise ImportFout(regels.nummer, f"geen geldige JSON ({exc.msg})") from exc
            if not isinstance(obj, dict):
                raise ImportFout(regels.nummer, "een regel moet een JSON-object zijn")
            yield regels.nummer, obj


def lees_csv(path, verwachte_kolommen, delimiter=";"):
    """Yield (line number, row dict) of a UTF-8 CSV file whose header must hold the columns.
    A row is named by the physical line it starts on, also when a quoted value spans lines.
    A cell an export neutralised against formulas ("'=...", core/csvbestand.py) reads back
    as it was."""
    with _open(path) as handle:
        regels = _FysiekeRegels(handle)
        reader = csv.reader(regels, delimiter=delimiter)
        try:
            kop = next(reader, [])
        except csv.Error as exc:
            raise ImportFout(1, f"onleesbare kop ({exc})") from exc
        kolommen = [c.strip() for c in kop]
        ontbrekend = [k for k in verwachte_kolommen if k not in kolommen]
        if ontbrekend:
            raise ImportFout(1, f"kolommen ontbreken in de kop: {', '.join(ontbrekend)}")
        while True:
            begin = regels.nummer + 1
            try:
                rij = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                raise ImportFout(begin, f"onleesbare regel ({exc})") from exc
            if not rij:
                continue
            if len(rij) > len(kolommen):
                raise ImportFout(begin, "te veel velden op deze regel")
            rij += [""] * (len(kolommen) - len(rij))
            yield begin, {k: herstel_cel(v.strip()) for k, v in zip(kolommen, rij, strict=True)}


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
