"""Small helpers to write the demo pages in the import's HTML dialect (see kennisbank/importer.py)."""

import html

VW = "Vreemdelingenwet"  # wet van 15 december 1980
VB = "Vreemdelingenbesluit"  # koninklijk besluit van 8 oktober 1981


def p(*alineas):
    return "".join(f"<p>{a}</p>" for a in alineas)


def ul(*items):
    return "<ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>"


def h2(titel):
    return f"<h2>{html.escape(titel)}</h2>"


def let_op(tekst, titel="Let op"):
    return f'<aside class="let-op"><p class="titel">{html.escape(titel)}</p>{p(tekst)}</aside>'


def faq(*vragen, titel="Veelgestelde vragen"):
    items = "".join(
        f"<details><summary>{html.escape(vraag)}</summary>{p(antwoord)}</details>"
        for vraag, antwoord in vragen
    )
    return f'<section class="faq"><h2>{html.escape(titel)}</h2>{items}</section>'


def wetten(*verwijzingen, titel="Regelgeving"):
    items = []
    for verwijzing in verwijzingen:
        naam, _, toelichting = verwijzing.partition(" | ")
        extra = f": {html.escape(toelichting)}" if toelichting else ""
        items.append(f"<li><cite>{html.escape(naam)}</cite>{extra}</li>")
    return f'<section class="wetsverwijzingen"><h2>{html.escape(titel)}</h2><ul>{"".join(items)}</ul></section>'


def tabel(kop, *rijen, bijschrift=""):
    caption = f"<caption>{html.escape(bijschrift)}</caption>" if bijschrift else ""
    kopregel = "<tr>" + "".join(f"<th>{html.escape(k)}</th>" for k in kop) + "</tr>"
    body = "".join(
        "<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in rij) + "</tr>" for rij in rijen
    )
    return f"<table>{caption}{kopregel}{body}</table>"


def a(pad, tekst):
    return f'<a href="/{pad}/">{tekst}</a>'


def thema(pad, titel, samenvatting, *delen, bijgewerkt="2025-09-15", themas=(), begrippen=()):
    return {
        "type": "thema",
        "pad": pad,
        "titel": titel,
        "samenvatting": samenvatting,
        "inhoud_html": "".join(delen),
        "bijgewerkt": bijgewerkt,
        "themas": list(themas),
        "begrippen": [f"begrippen/{b}" for b in begrippen],
    }


def nieuws(slug, datum, titel, samenvatting, *delen, themas=()):
    return {
        "type": "nieuws",
        "pad": f"nieuws/{slug}",
        "titel": titel,
        "datum": datum,
        "samenvatting": samenvatting,
        "inhoud_html": "".join(delen),
        "themas": list(themas),
    }


def begrip(slug, titel, definitie):
    return {
        "type": "begrip",
        "pad": f"begrippen/{slug}",
        "titel": titel,
        "inhoud_html": p(definitie),
    }
