"""The chapter as a file: JSON (the computation's structure as it is), HTML (one file, the
charts inside) and DOCX for the report's designer (python-docx: the tables as Word tables,
the charts as pictures). HTML and DOCX render the same blocks (`tekst.hoofdstuk`)."""

import base64
import io
import json

from django.template.loader import render_to_string

from . import grafieken, tekst

FORMATEN = {
    "json": "application/json; charset=utf-8",
    "html": "text/html; charset=utf-8",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}


def als_json(verslag):
    return json.dumps(verslag.data, ensure_ascii=False, indent=2) + "\n"


def als_html(verslag, grafiek_url=None):
    """A standalone HTML document; `grafiek_url(naam)` gives each chart's address (default:
    the PNG inside the file as a data: URL)."""
    if grafiek_url is None:

        def grafiek_url(naam):
            inhoud = base64.b64encode(grafieken.png(verslag.data, naam)).decode("ascii")
            return f"data:image/png;base64,{inhoud}"

    return render_to_string(
        "jaarverslag/hoofdstuk.html",
        {
            "blokken": blokken_met_grafieken(verslag, grafiek_url),
            "jaar": verslag.jaar,
            "verschuiving": 0,
        },
    )


def blokken_met_grafieken(verslag, grafiek_url):
    blokken = tekst.hoofdstuk(verslag)
    for blok in blokken:
        if blok.soort == "grafiek":
            blok.url = grafiek_url(blok.naam)
    return blokken


def als_docx(verslag):
    from docx import Document
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm

    document = Document()
    document.core_properties.title = f"Juridische dienstverlening {verslag.jaar}"
    document.core_properties.language = "nl-BE"
    for blok in tekst.hoofdstuk(verslag):
        if blok.soort == "kop":
            document.add_heading(blok.tekst, level=blok.niveau)
        elif blok.soort == "alinea":
            document.add_paragraph(blok.tekst)
        elif blok.soort == "tabel":
            document.add_paragraph(blok.titel, style="Caption")
            tabel = document.add_table(rows=1, cols=len(blok.kolommen), style="Table Grid")
            tabel.alignment = WD_TABLE_ALIGNMENT.LEFT
            for cel, kop in zip(tabel.rows[0].cells, blok.kolommen, strict=True):
                cel.text = kop
                cel.paragraphs[0].runs[0].bold = True
            for i, rij in enumerate(blok.rijen):
                totaal = blok.totaal and i == len(blok.rijen) - 1
                for j, (cel, waarde) in enumerate(zip(tabel.add_row().cells, rij, strict=True)):
                    cel.text = waarde
                    alinea = cel.paragraphs[0]
                    if j:
                        alinea.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                    elif i in blok.ingesprongen:
                        alinea.paragraph_format.left_indent = Cm(0.5)
                    if totaal:
                        alinea.runs[0].bold = True
            document.add_paragraph()
        elif blok.soort == "grafiek":
            document.add_picture(io.BytesIO(grafieken.png(verslag.data, blok.naam)), width=Cm(16))
            document.add_paragraph(blok.titel, style="Caption")
    uit = io.BytesIO()
    document.save(uit)
    return uit.getvalue()


def maak(verslag, formaat):
    if formaat == "json":
        return als_json(verslag)
    if formaat == "html":
        return als_html(verslag)
    if formaat == "docx":
        return als_docx(verslag)
    raise ValueError(f"Onbekend formaat {formaat!r}")
