"""Figures 58 (trainings) and 59 (coaching) as PNG, for the HTML and DOCX of the chapter and
the admin page. Drawn as the juridesk charts are (juridesk/charts.py): matplotlib's object
API on the Agg canvas, horizontal bars in the juridesk colours, numbers in the report's
format. Each figure reads the chapter's structure (`Verslag.data`), nothing else."""

import io

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from juridesk import opmaak
from juridesk.charts import KLEUR, KLEUR_VERGELIJKING

from .lijsten import ActiviteitSoort

KLEUREN = {
    ActiviteitSoort.WERKSESSIE: KLEUR,
    ActiviteitSoort.PUBLICATIE: KLEUR_VERGELIJKING,
    ActiviteitSoort.VORMING: "#d9a43c",
}
NAMEN = ("figuur-58", "figuur-59")


def _figuur(rijen_links, rijen_rechts):
    hoogte = max(3.5, 0.42 * max(len(rijen_links), len(rijen_rechts)) + 1.8)
    figuur = Figure(figsize=(10, hoogte), dpi=150, layout="constrained")
    FigureCanvasAgg(figuur)
    return figuur, figuur.subplots(1, 2)


def _staven(as_, rijen, waarden, labels, titel):
    posities = list(range(len(rijen)))
    staven = as_.barh(posities, waarden, height=0.6, color=KLEUR)
    as_.bar_label(staven, labels=labels, padding=3, fontsize=7)
    _as_opmaak(as_, rijen, waarden, titel)


def _as_opmaak(as_, rijen, waarden, titel):
    as_.set_yticks(list(range(len(rijen))), labels=[r["label"] for r in rijen], fontsize=8)
    as_.invert_yaxis()
    as_.set_xlim(0, max([*waarden, 1]) * 1.45)
    as_.set_title(titel, fontsize=9)
    as_.spines[["top", "right"]].set_visible(False)
    as_.tick_params(axis="x", labelsize=7)
    as_.xaxis.set_major_formatter(lambda x, _pos: opmaak.aantal(x))


def figuur_58(data):
    v = data["vormingen"]
    figuur, (links, rechts) = _figuur(v["per_soort"], v["per_sector"])
    for as_, rijen, wat in ((links, v["per_soort"], "soort"), (rechts, v["per_sector"], "sector")):
        _staven(
            as_,
            rijen,
            [r["aantal"] for r in rijen],
            [
                f"{opmaak.aantal(r['aantal'])} ({opmaak.aantal(r['deelnemers'])} dln.)"
                for r in rijen
            ],
            f"Vormingen per {wat} (deelnemers)",
        )
    figuur.suptitle(
        f"Vormingen {data['jaar']}: {opmaak.aantal(v['aantal'])} vormingen, "
        f"{opmaak.aantal(v['deelnemers'])} deelnemers",
        fontsize=10,
    )
    return figuur


def figuur_59(data):
    b = data["begeleidingen"]
    figuur, (links, rechts) = _figuur(b["per_soort"], b["per_sector"])
    posities = list(range(len(b["per_soort"])))
    begin = [0] * len(posities)
    for soort, kleur in KLEUREN.items():
        waarden = [r["per_activiteit"][soort] for r in b["per_soort"]]
        links.barh(
            posities,
            waarden,
            left=begin,
            height=0.6,
            color=kleur,
            label=ActiviteitSoort(soort).label,
        )
        begin = [a + w for a, w in zip(begin, waarden, strict=True)]
    for positie, rij in zip(posities, b["per_soort"], strict=True):
        links.text(
            rij["activiteiten"],
            positie,
            f" {opmaak.aantal(rij['activiteiten'])} ({opmaak.aantal(rij['aantal'])} begel.)",
            va="center",
            fontsize=7,
        )
    _as_opmaak(
        links, b["per_soort"], [r["activiteiten"] for r in b["per_soort"]], "Activiteiten per soort"
    )
    links.legend(fontsize=7, frameon=False, loc="lower right")
    _staven(
        rechts,
        b["per_sector"],
        [r["activiteiten"] for r in b["per_sector"]],
        [
            f"{opmaak.aantal(r['activiteiten'])} ({opmaak.aantal(r['aantal'])} begel.)"
            for r in b["per_sector"]
        ],
        "Activiteiten per sector (begeleidingen)",
    )
    figuur.suptitle(
        f"Begeleidingen {data['jaar']}: {opmaak.aantal(b['aantal'])} begeleidingen, "
        f"{opmaak.aantal(b['activiteiten'])} activiteiten",
        fontsize=10,
    )
    return figuur


def png(data, naam):
    """The PNG of figure `naam` ("figuur-58" or "figuur-59")."""
    if naam not in NAMEN:
        raise ValueError(f"Onbekende figuur {naam!r}")
    figuur = figuur_58(data) if naam == "figuur-58" else figuur_59(data)
    uit = io.BytesIO()
    figuur.savefig(uit, format="png")
    return uit.getvalue()
