"""Demo data for `make run`: the trainings and coaching of 2023 to 2025 (those of 2024 are
the rows of the annual report, figures 58 and 59 of docs/DOMEIN.md), read by the importers,
and the figures from outside the site of 2023 and 2024.

The demo site's pages are dated as a site that has run since 2020 by kennisbank's own demo
(kennisbank/demo), which the chapter of 2024 reads."""

import json
from pathlib import Path

from jaarverslag.importeren import importeer_begeleidingen, importeer_vormingen
from jaarverslag.models import ExterneCijfers, Vorming

MAP = Path(__file__).resolve().parent


def laad():
    if Vorming.objects.exists():
        return f"vormingen en begeleidingen waren al geladen ({Vorming.objects.count()} vormingen)"
    vormingen = importeer_vormingen(MAP / "vormingen.csv")
    begeleidingen, activiteiten = importeer_begeleidingen(MAP / "begeleidingen.csv")
    for cijfers in json.loads((MAP / "cijfers.json").read_text(encoding="utf-8")):
        ExterneCijfers.objects.update_or_create(jaar=cijfers.pop("jaar"), defaults=cijfers)
    return (
        f"{vormingen} vormingen en {begeleidingen} begeleidingen met {activiteiten} activiteiten "
        "aangemaakt (2024 zoals in het jaarverslag); het jaarverslag staat onder Jaarverslag"
    )
