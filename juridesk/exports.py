"""The statistics as files: CSV (every table one after the other), XLSX (one sheet per
table) and JSON. They format the plain data of `stats.bereken`; nothing is recomputed."""

import io
import json

from core.csvbestand import excel_schrijver

from . import opmaak
from .lijsten import LIJSTEN, TABELLEN
from .stats import periode_uit_dict, totaal_rij

AANTAL = "#,##0"
AANDEEL = "0%"
AANDEEL_KLEIN = "0.0%"  # a share above zero that would show as 0%
EVOLUTIE = "+0%;-0%;0%"


def vergelijking_label(resultaat):
    return periode_uit_dict(resultaat["vergelijking"]).label


def periode_label(resultaat):
    return periode_uit_dict(resultaat["periode"]).label


def kolomkoppen(resultaat, naam):
    """The report's columns, with the comparison period's count beside the period's."""
    return [
        LIJSTEN[naam].kolom,
        f"Aantal {periode_label(resultaat)}",
        f"Aantal {vergelijking_label(resultaat)}",
        "Aandeel",
        "Evolutie",
        f"Aandeel op totaal (en evolutie t.o.v. {vergelijking_label(resultaat)})",
    ]


def tabel_rijen(resultaat, naam):
    """[(label, aantal, aantal_vergelijking, aandeel, evolutie, gedrukt, niveau)]: niveau 1
    for a sub-theme, 2 for the total row, 0 otherwise. Sub-themes are named
    'Hoofdthema > Subthema'. Aandeel and evolutie in percent (75.0, -13.06, None)."""
    rijen = []
    for rij in resultaat["tabellen"][naam]:
        rijen.append(_regel(rij, rij["label"], 0))
        for sub in rij.get("subthemas", []):
            rijen.append(_regel(sub, f"{rij['label']} > {sub['label']}", 1))
    rijen.append(_regel(totaal_rij(resultaat), "Totaal", 2))
    return rijen


def _regel(rij, label, niveau):
    return (
        label,
        rij["aantal"],
        rij["aantal_vergelijking"],
        rij["aandeel"],
        rij["evolutie"],
        opmaak.gedrukt(rij["aandeel"], rij["evolutie"]),
        niveau,
    )


def _tabellen(tabellen):
    return [t for t in TABELLEN if not tabellen or t in tabellen]


def als_csv(resultaat, tabellen=None):
    """What Belgian Excel opens: `;`, decimal commas, UTF-8 with BOM; a label that looks
    like a formula is neutralised (core.csvbestand)."""
    uit = io.StringIO()
    schrijver = excel_schrijver(uit)
    for i, naam in enumerate(_tabellen(tabellen)):
        if i:
            schrijver.writerow([])
        schrijver.writerow(kolomkoppen(resultaat, naam))
        for label, aantal, vgl, aandeel, evolutie, gedrukt, _niveau in tabel_rijen(resultaat, naam):
            schrijver.writerow(
                [label, aantal, vgl, _decimaal(aandeel), _decimaal(evolutie), gedrukt]
            )
    return uit.getvalue()


def _decimaal(getal):
    return "" if getal is None else repr(float(getal)).replace(".", ",")


def _fractie(procent):
    return None if procent is None else procent / 100


def als_xlsx(resultaat, tabellen=None):
    """One sheet per table. Counts are numbers (format #,##0), shares and changes fractions
    with percent formats, so a spreadsheet computes with them and shows them as the report
    does; the printed column is text."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    boek = Workbook()
    boek.remove(boek.active)
    for naam in _tabellen(tabellen):
        blad = boek.create_sheet(title=LIJSTEN[naam].kolom[:31])
        blad.append(kolomkoppen(resultaat, naam))
        for cel in blad[1]:
            cel.font = Font(bold=True)
            cel.alignment = Alignment(wrap_text=True, vertical="top")
        for label, aantal, vgl, aandeel, evolutie, gedrukt, niveau in tabel_rijen(resultaat, naam):
            blad.append([label, aantal, vgl, _fractie(aandeel), _fractie(evolutie), gedrukt])
            rij = blad[blad.max_row]
            for cel in rij:
                if cel.data_type == "f":  # a label is text, never a formula
                    cel.data_type = "s"
            rij[1].number_format = AANTAL
            rij[2].number_format = AANTAL
            klein = aandeel > 0 and opmaak.aandeel(aandeel).startswith("0,")
            rij[3].number_format = AANDEEL_KLEIN if klein else AANDEEL
            rij[4].number_format = EVOLUTIE
            if niveau == 1:
                rij[0].alignment = Alignment(indent=1)
            if niveau == 2:
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


def als_json(resultaat):
    return json.dumps(resultaat, ensure_ascii=False, indent=2)
