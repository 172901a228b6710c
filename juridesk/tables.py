"""django-tables2 tables for the statistics screen, built from a `stats.Statistiek`."""

import django_tables2 as tables

from . import opmaak
from .exports import gedrukt, kolomkoppen

KLASSEN = {0: "", 1: "subthema", 2: "totaal"}
GETAL = {"td": {"class": "getal"}, "th": {"class": "getal", "scope": "col"}}


class AantalColumn(tables.Column):
    def render(self, value):
        return opmaak.aantal(value)


def statistiek_tabel(statistiek, naam):
    """The report's columns with the comparison period's count beside the period's;
    sub-themes indented under their theme."""
    koppen = kolomkoppen(statistiek, naam)
    data = [
        {
            "label": rij.label,
            "aantal": rij.aantal,
            "vergelijking": rij.aantal_vergelijking,
            "gedrukt": gedrukt(rij),
            "klasse": rij.niveau,
        }
        for rij in statistiek.rijen(naam)
    ]
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
