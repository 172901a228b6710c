"""Demo content of the kennisbank (for `make run` and the tests), as data loaded through the
real importer: about sixty theme pages, thirty news pages, three dossiers and twenty begrippen
in kennisbank.jsonl (the JSON lines `kennisbank_import` reads and `kennisbank_export` writes),
and the home page intro and the juridesk page's texts in vaste_paginas.json.

To change the demo, edit those files (or change the pages in the admin and export them with
`kennisbank_export`). Idempotent: a second run finds every page equal to its line and writes
nothing; a field an editor filled in on the home or juridesk page stays."""

import json
from pathlib import Path

from wagtail.fields import RichTextField

from ..importer import importeer
from ..models import HomePage, JurideskPagina
from ..omzetting import rich_text

MAP = Path(__file__).resolve().parent
BESTAND = MAP / "kennisbank.jsonl"
VASTE_PAGINAS = MAP / "vaste_paginas.json"
# The pages the site has once, by their name in vaste_paginas.json (and in the summary).
MODELLEN = {"startpagina": HomePage, "juridesk-pagina": JurideskPagina}


def _vul_in(page, waarden):
    """Fill the fields that are still empty and publish; an editor's own text stays."""
    leeg = {veld: waarde for veld, waarde in waarden.items() if not getattr(page, veld)}
    if not leeg:
        return False
    for veld, waarde in leeg.items():
        if isinstance(page._meta.get_field(veld), RichTextField):
            waarde = rich_text(waarde)
        setattr(page, veld, waarde)
    page.save_revision().publish()
    return True


def laad():
    resultaat = importeer(BESTAND)
    extra = []
    for naam, waarden in json.loads(VASTE_PAGINAS.read_text(encoding="utf-8")).items():
        page = MODELLEN[naam].objects.first()
        if page is not None and _vul_in(page, waarden):
            extra.append(naam)
    tekst = f"kennisbank geladen: {resultaat}"
    if extra:
        tekst += f"; bijgewerkt: {', '.join(extra)}"
    return tekst
