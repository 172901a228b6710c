"""The statistics as files: CSV (every table one after the other), XLSX (one sheet per
table) and JSON. They format a `stats.Statistiek`; nothing is recomputed or parsed back."""

import io
import json

from core.csvbestand import excel_schrijver

from . import opmaak
from .lijsten import LIJSTEN, TABELLEN

AANTAL = "#,##0"
AANDEEL = "0%"
AANDEEL_KLEIN = "0.0%"  # a share above zero that would show as 0%
EVOLUTIE = "+0%;-0%;0%"


def kolomkoppen(statistiek, naam):
    """The report's columns, with the comparison period's count beside the period's."""
    periode, vergelijking = statistiek.periode.label, statistiek.vergelijking.label
    return [
        LIJSTEN[naam].kolom,
        f"Aantal {periode}",
        f"Aantal {vergelijking}",
        "Aandeel",
        "Evolutie",
        f"Aandeel op totaal (en evolutie t.o.v. {vergelijking})",
    ]


def gedrukt(rij):
    """The row's share and change as the printed report writes them."""
    return opmaak.gedrukt(rij.aandeel, rij.evolutie)


def _tabellen(tabellen):
    return [t for t in TABELLEN if not tabellen or t in tabellen]


def als_csv(statistiek, tabellen=None):
    """What Belgian Excel opens: `;`, decimal commas, UTF-8 with BOM; a label that looks
    like a formula is neutralised (core.csvbestand)."""
    uit = io.StringIO()
    schrijver = excel_schrijver(uit)
    for i, naam in enumerate(_tabellen(tabellen)):
        if i:
            schrijver.writerow([])
        schrijver.writerow(kolomkoppen(statistiek, naam))
        for rij in statistiek.rijen(naam):
            schrijver.writerow(
                [
                    rij.volledig_label,
                    rij.aantal,
                    rij.aantal_vergelijking,
                    _decimaal(rij.aandeel),
                    _decimaal(rij.evolutie),
                    gedrukt(rij),
                ]
            )
    return uit.getvalue()


def _decimaal(getal):
    return "" if getal is None else repr(float(getal)).replace(".", ",")


def _fractie(procent):
    return None if procent is None else procent / 100


def als_xlsx(statistiek, tabellen=None):
    """One sheet per table. Counts are numbers (format #,##0), shares and changes fractions
    with percent formats, so a spreadsheet computes with them and shows them as the report
    does; the printed column is text."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    boek = Workbook()
    boek.remove(boek.active)
    for naam in _tabellen(tabellen):
        blad = boek.create_sheet(title=LIJSTEN[naam].kolom[:31])
        blad.append(kolomkoppen(statistiek, naam))
        for cel in blad[1]:
            cel.font = Font(bold=True)
            cel.alignment = Alignment(wrap_text=True, vertical="top")
        for regel in statistiek.rijen(naam):
            blad.append(
                [
                    regel.volledig_label,
                    regel.aantal,
                    regel.aantal_vergelijking,
                    _fractie(regel.aandeel),
                    _fractie(regel.evolutie),
                    gedrukt(regel),
                ]
            )
            rij = blad[blad.max_row]
            for cel in rij:
                if cel.data_type == "f":  # a label is text, never a formula
                    cel.data_type = "s"
            rij[1].number_format = AANTAL
            rij[2].number_format = AANTAL
            klein = regel.aandeel > 0 and opmaak.aandeel(regel.aandeel).startswith("0,")
            rij[3].number_format = AANDEEL_KLEIN if klein else AANDEEL
            rij[4].number_format = EVOLUTIE
            if regel.niveau == 1:
                rij[0].alignment = Alignment(indent=1)
            if regel.niveau == 2:
                for cel in rij:
                    cel.font = Font(bold=True)
        blad.column_dimensions["A"].width = 48
        for kolom in "BCDE":
            blad.column_dimensions[kolom].width = 16
        blad.column_dimensions["F"].width = 44
        blad.freeze_panes = "B2"
    uit = io.BytesIO()
    boek.save(uit)
    return uit.getvalue()


def als_json(statistiek):
    return json.dumps(statistiek.als_dict(), ensure_ascii=False, indent=2)
