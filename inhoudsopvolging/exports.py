"""The follow-up as CSV (Belgian Excel: ';', UTF-8 with BOM, formulas neutralised by
core.csvbestand), XLSX (three sheets) and JSON (the shape of the issue)."""

import io
import json

from core.csvbestand import excel_schrijver, veilige_cel

PAGINA_KOPPEN = [
    "Pad",
    "Titel",
    "Vragen",
    "Niet beantwoord",
    "Wat ontbrak",
    "Zoekopdrachten",
    "Laatst bijgewerkt",
    "Dagen sinds update",
    "Nieuws sindsdien",
    "Uitspraken sindsdien",
    "Urgentie",
]


def _pagina_rij(p):
    return [
        p.pad,
        p.titel,
        p.vragen,
        p.niet_beantwoord,
        "; ".join(f"{notitie} ({n})" for notitie, n in p.notities),
        p.zoekopdrachten,
        p.laatst_bijgewerkt.strftime("%d-%m-%Y") if p.laatst_bijgewerkt else "",
        "" if p.dagen_sinds_update is None else p.dagen_sinds_update,
        p.nieuws_sinds,
        p.uitspraken_sinds,
        str(p.urgentie).replace(".", ","),
    ]


def als_csv(opvolging):
    uit = io.StringIO()
    schrijver = excel_schrijver(uit)
    schrijver.writerow(
        [f"Inhoudsopvolging {opvolging.van:%d-%m-%Y} tot en met {opvolging.tot:%d-%m-%Y}"]
    )
    schrijver.writerow(PAGINA_KOPPEN)
    for p in opvolging.paginas:
        schrijver.writerow(_pagina_rij(p))
    for titel, rijen in (
        ("Zoekopdrachten zonder resultaat", opvolging.zonder_resultaat),
        ("Zoekopdrachten waarvan niemand een resultaat opende", opvolging.niet_geopend),
    ):
        schrijver.writerow([])
        schrijver.writerow([titel])
        schrijver.writerow(["Zoekterm", "Aantal"])
        for term, aantal in rijen:
            schrijver.writerow([term, aantal])
    return uit.getvalue().encode("utf-8")


def als_xlsx(opvolging):
    from openpyxl import Workbook

    boek = Workbook()
    blad = boek.active
    blad.title = "Pagina's"
    blad.append(PAGINA_KOPPEN)
    for p in opvolging.paginas:
        rij = _pagina_rij(p)
        rij[6] = p.laatst_bijgewerkt
        rij[-1] = p.urgentie
        blad.append([veilige_cel(v) if isinstance(v, str) else v for v in rij])
    for titel, rijen in (
        ("Zonder resultaat", opvolging.zonder_resultaat),
        ("Niet geopend", opvolging.niet_geopend),
    ):
        blad = boek.create_sheet(titel)
        blad.append(["Zoekterm", "Aantal"])
        for term, aantal in rijen:
            blad.append([veilige_cel(term), aantal])
    uit = io.BytesIO()
    boek.save(uit)
    return uit.getvalue()


def als_json(opvolging):
    return json.dumps(opvolging.als_json(), ensure_ascii=False, indent=2).encode("utf-8")
