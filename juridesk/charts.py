"""A bar chart per table, as PNG or SVG, for the designer of the annual report.
matplotlib's object API with the Agg canvas: no pyplot state, safe in a web process."""

import io

from matplotlib import rc_context
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.backends.backend_svg import FigureCanvasSVG
from matplotlib.figure import Figure

from . import opmaak
from .exports import gedrukt
from .lijsten import LIJSTEN

FORMATEN = {"png": "image/png", "svg": "image/svg+xml"}
KLEUR = "#00594f"
KLEUR_VERGELIJKING = "#9cbfba"
DIKTE = 0.4


def grafiek(statistiek, naam, formaat="png"):
    """Horizontal bars per row of the table: the period, and beside it (lighter) the
    comparison period. SVG keeps its text as text (for the designer, and searchable)."""
    if formaat not in FORMATEN:
        raise ValueError(f"Onbekend formaat {formaat!r}: kies png of svg.")
    rijen = list(statistiek.tabellen[naam])
    periode, vergelijking = statistiek.periode.label, statistiek.vergelijking.label
    labels = [r.label for r in rijen]
    aantallen = [r.aantal for r in rijen]
    vroeger = [r.aantal_vergelijking for r in rijen]
    hoogte = max(3, 0.62 * len(rijen) + 1.6)
    figuur = Figure(figsize=(8, hoogte), dpi=150, layout="constrained")
    FigureCanvasAgg(figuur)
    as_ = figuur.add_subplot()
    posities = range(len(rijen))
    staven = as_.barh(
        [p - DIKTE / 2 for p in posities], aantallen, height=DIKTE, color=KLEUR, label=periode
    )
    staven_vgl = as_.barh(
        [p + DIKTE / 2 for p in posities],
        vroeger,
        height=DIKTE,
        color=KLEUR_VERGELIJKING,
        label=vergelijking,
    )
    as_.set_yticks(list(posities), labels=labels)
    as_.invert_yaxis()
    as_.bar_label(
        staven,
        labels=[f"{opmaak.aantal(r.aantal)} ({gedrukt(r)})" for r in rijen],
        padding=3,
        fontsize=7,
    )
    as_.bar_label(staven_vgl, labels=[opmaak.aantal(n) for n in vroeger], padding=3, fontsize=7)
    as_.set_xlim(0, max(aantallen + vroeger + [1]) * 1.4)
    as_.set_title(
        f"Aantal juridesk-vragen naar {LIJSTEN[naam].grafiektitel}\n{periode} naast {vergelijking}",
        fontsize=10,
    )
    figuur.legend(loc="outside lower center", ncols=2, fontsize=8, frameon=False)
    as_.spines[["top", "right"]].set_visible(False)
    as_.tick_params(axis="x", labelsize=8)
    as_.xaxis.set_major_formatter(lambda x, _pos: opmaak.aantal(x))
    uit = io.BytesIO()
    if formaat == "svg":
        with rc_context({"svg.fonttype": "none"}):
            FigureCanvasSVG(figuur).print_svg(uit)
    else:
        figuur.savefig(uit, format="png")
    return uit.getvalue()
