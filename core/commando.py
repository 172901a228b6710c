"""What the report commands share (juridesk_stats, jaarverslag, inhoudsopvolging): a date
argument read with a Dutch message, and the output written to --output or standard output."""

import datetime
import sys

from django.core.management.base import CommandError


def datum(tekst):
    """A date given as JJJJ-MM-DD; anything else stops the command with a clear message."""
    try:
        return datetime.date.fromisoformat(tekst)
    except ValueError:
        raise CommandError(f"'{tekst}' is geen datum (JJJJ-MM-DD).") from None


def schrijf_uitvoer(command, inhoud, pad=None):
    """Text or bytes (XLSX, DOCX) to the file `pad`, or else to the command's standard output."""
    if pad:
        if isinstance(inhoud, bytes):
            with open(pad, "wb") as bestand:
                bestand.write(inhoud)
        else:
            with open(pad, "w", encoding="utf-8") as bestand:
                bestand.write(inhoud)
        command.stderr.write(f"Geschreven naar {pad}.")
    elif isinstance(inhoud, bytes):
        uit = getattr(command.stdout, "_out", sys.stdout)
        (uit.buffer if hasattr(uit, "buffer") else uit).write(inhoud)
    else:
        command.stdout.write(inhoud, ending="")
