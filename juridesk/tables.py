"""django-tables2 tables for the statistics screen, built from `stats.bereken` output."""

import django_tables2 as tables

from . import opmaak
from .exports import kolomkoppen, tabel_rijen

KLASSEN = {0: "", 1: "subthema", 2: "totaal"}
GETAL = {"td": {"class": "getal"}, "th": {"class": "getal", "scope": "col"}}


class AantalColumn(tables.Column):
    def render(self, value):
        return opmaak.aantal(value)


def statistiek_tabel(resultaat, naam):
    """The report's columns with the comparison period's count beside the period's;
    sub-themes indented under their theme."""
    koppen = kolomkoppen(resultaat, naam)
    data = []
    for label, aantal, vgl, _aandeel, _evolutie, gedrukt, niveau in tabel_rijen(resultaat, naam):
        if niveau == 1:
            label = label.split(" > ", 1)[1]
        data.append(
            {
                "label": label,
                "aantal": aantal,
                "vergelijking": vgl,
                "gedrukt": gedrukt,
                "klasse": niveau,
            }
        )
    meta = type(
        "Meta",
        (),
        {
            "template_name": "django_tables2/table.html",
            "attrs": {"class": "listing juridesk-stats"},
            "row_attrs": {"class": lambda record: KLASSEN[record["klasse"]]},
            "orderable": False,
        },
    )
    klasse = type(
        "StatistiekTabel",
        (tables.Table,),
        {
            "label": tables.Column(verbose_name=koppen[0]),
            "aantal": AantalColumn(verbose_name=koppen[1], attrs=GETAL),
            "vergelijking": AantalColumn(verbose_name=koppen[2], attrs=GETAL),
            "gedrukt": tables.Column(verbose_name=koppen[-1]),
            "Meta": meta,
        },
    )
    return klasse(data)
