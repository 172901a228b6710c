"""The statistics as files: CSV (every table one after the other), XLSX (one sheet per
table) and JSON. They format the plain data of `stats.bereken`; nothing is recomputed."""

import io
import json

from core.csvbestand import excel_schrijver

from . import opmaak
from .lijsten import LIJSTEN, TABELLEN
from .stats import periode_uit_dict, totaal_rij

KOLOMMEN = ["Aantal", "Aandeel", "Evolutie"]


def vergelijking_label(resultaat):
    return periode_uit_dict(resultaat["vergelijking"]).label


def periode_label(resultaat):
    return periode_uit_dict(resultaat["periode"]).label


def kolomkoppen(resultaat, naam):
    return [
        LIJSTEN[naam].kolom,
        *KOLOMMEN,
        f"Aandeel op totaal (en evolutie t.o.v. {vergelijking_label(resultaat)})",
    ]


def tabel_rijen(resultaat, naam):
    """[(label, aantal, aandeel, evolutie, gedrukt, niveau)]: niveau 1 for a sub-theme,
    2 for the total row, 0 otherwise. Sub-themes are named 'Hoofdthema > Subthema'."""
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
        for label, aantal, aandeel, evolutie, gedrukt, _niveau in tabel_rijen(resultaat, naam):
            schrijver.writerow([label, aantal, _decimaal(aandeel), _decimaal(evolutie), gedrukt])
    return uit.getvalue()


def _decimaal(getal):
    return "" if getal is None else repr(float(getal)).replace(".", ",")


def als_xlsx(resultaat, tabellen=None):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    boek = Workbook()
    boek.remove(boek.active)
    for naam in _tabellen(tabellen):
        blad = boek.create_sheet(title=LIJSTEN[naam].kolom[:31])
        blad.append(kolomkoppen(resultaat, naam))
        for cel in blad[1]:
            cel.font = Font(bold=True)
        for label, aantal, aandeel, evolutie, gedrukt, niveau in tabel_rijen(resultaat, naam):
            blad.append([label, aantal, aandeel, evolutie, gedrukt])
            for cel in blad[blad.max_row]:
                if cel.data_type == "f":  # a label is text, never a formula
                    cel.data_type = "s"
            if niveau == 1:
                blad.cell(row=blad.max_row, column=1).alignment = Alignment(indent=1)
            if niveau == 2:
                for cel in blad[blad.max_row]:
                    cel.font = Font(bold=True)
        blad.column_dimensions["A"].width = 48
        blad.column_dimensions["E"].width = 44
    uit = io.BytesIO()
    boek.save(uit)
    return uit.getvalue()


def als_json(resultaat):
    return json.dumps(resultaat, ensure_ascii=False, indent=2)
