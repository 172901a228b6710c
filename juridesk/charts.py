"""A bar chart per table, as PNG or SVG, for the designer of the annual report.
matplotlib's object API with the Agg canvas: no pyplot state, safe in a web process."""

import io

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.backends.backend_svg import FigureCanvasSVG
from matplotlib.figure import Figure

from . import opmaak
from .exports import periode_label
from .lijsten import LIJSTEN

FORMATEN = {"png": "image/png", "svg": "image/svg+xml"}
KLEUR = "#00594f"


def grafiek(resultaat, naam, formaat="png"):
    if formaat not in FORMATEN:
        raise ValueError(f"Onbekend formaat {formaat!r}: kies png of svg.")
    rijen = list(resultaat["tabellen"][naam])
    labels = [r["label"] for r in rijen]
    aantallen = [r["aantal"] for r in rijen]
    hoogte = max(2.5, 0.42 * len(rijen) + 1.2)
    figuur = Figure(figsize=(8, hoogte), dpi=150, layout="constrained")
    FigureCanvasAgg(figuur)
    as_ = figuur.add_subplot()
    staven = as_.barh(range(len(rijen)), aantallen, color=KLEUR)
    as_.set_yticks(range(len(rijen)), labels=labels)
    as_.invert_yaxis()
    as_.bar_label(
        staven,
        labels=[
            f"{opmaak.aantal(r['aantal'])} ({opmaak.gedrukt(r['aandeel'], r['evolutie'])})"
            for r in rijen
        ],
        padding=3,
        fontsize=8,
    )
    as_.set_xlim(0, max(aantallen + [1]) * 1.35)
    as_.set_title(
        f"Aantal juridesk-vragen naar {LIJSTEN[naam].grafiektitel} {periode_label(resultaat)}",
        fontsize=10,
    )
    as_.spines[["top", "right"]].set_visible(False)
    as_.tick_params(axis="x", labelsize=8)
    as_.xaxis.set_major_formatter(lambda x, _pos: opmaak.aantal(x))
    uit = io.BytesIO()
    if formaat == "svg":
        FigureCanvasSVG(figuur).print_svg(uit)
    else:
        figuur.savefig(uit, format="png")
    return uit.getvalue()
