"""Demo case law for `make run`: about forty believable judgments from the courts that matter
(RvV, RvS, GwH, Cass., arbeidshoven, EHRM, HvJ), linked to the demo theme pages that exist.

The judgments are data, `uitspraken.jsonl`, in the lines `rechtspraak_import` reads, except
that a line names its themes by title (`thema_titels`): the loader turns each title into the
path of the demo theme page with that title, since paths depend on the demo tree. Idempotent:
it goes through the importer, keyed on ECLI / instantie + nummer."""

import json
import tempfile
from pathlib import Path

from kennisbank.models import ThemaPagina

from ..importeren import importeer
from ..models import thema_pad

UITSPRAKEN = Path(__file__).with_name("uitspraken.jsonl")


def regels():
    with UITSPRAKEN.open(encoding="utf-8") as handle:
        for regel in handle:
            if regel.strip():
                yield json.loads(regel)


def laad():
    """Load the demo judgments (idempotent); returns a short Dutch summary."""
    per_titel = {}
    for thema in ThemaPagina.objects.only("title", "url_path").order_by("depth", "path"):
        per_titel.setdefault(thema.title.lower(), thema_pad(thema))
    aantal = gekoppeld = 0
    with tempfile.TemporaryDirectory() as map_:
        pad = Path(map_) / "rechtspraak-demo.jsonl"
        with pad.open("w", encoding="utf-8") as handle:
            for regel in regels():
                titels = regel.pop("thema_titels")
                regel["themas"] = sorted(
                    {per_titel[t.lower()] for t in titels if per_titel.get(t.lower())}
                )
                aantal += 1
                gekoppeld += bool(regel["themas"])
                handle.write(json.dumps(regel, ensure_ascii=False) + "\n")
        verslag = importeer(pad)
    return f"{aantal} demo-uitspraken ({verslag}); {gekoppeld} gekoppeld aan themapagina's"
