"""Conversion between the kennisbank's JSON lines (the format: kennisbank/importer.py) and
Wagtail pages: the HTML of `inhoud_html` <-> StreamField blocks, hrefs <-> Wagtail page and
document links, and the file's page types. Shared by the import (importplan.py, importer.py)
and the export (export.py)."""

import html
import re
import uuid

from bs4 import BeautifulSoup, NavigableString, Tag
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from wagtail.admin.rich_text.converters.contentstate import ContentstateConverter

from . import verbanden
from .blocks import RICH_TEXT_FEATURES
from .models import BegripPagina, DossierPagina, NieuwsPagina, ThemaPagina

TYPES = {
    "thema": ThemaPagina,
    "nieuws": NieuwsPagina,
    "dossier": DossierPagina,
    "begrip": BegripPagina,
}
TYPE_VAN_KLASSE = {klasse: naam for naam, klasse in TYPES.items()}
BLOCK_KEY_RE = re.compile(r' data-block-key="[^"]*"')
LEGE_ALINEA_RE = re.compile(r"<p></p>")
HREF_RE = re.compile(r'<a href="([^"]*)">')
LINKTYPE_RE = re.compile(r'<a linktype="(page|document)" id="(\d+)">')
DOCUMENT_URL_RE = re.compile(r"^/documents/(\d+)/")
TABEL_SLEUTELS = ("data", "table_caption", "first_row_is_table_header", "first_col_is_header")
OMHULSELS = {"div", "article", "main", "section", "body", "html"}

_converter = None


def _rich_converter():
    global _converter
    if _converter is None:
        _converter = ContentstateConverter(RICH_TEXT_FEATURES)
    return _converter


# --------------------------------------------------------------------------- HTML -> blocks


def rich_text(fragment):
    """Clean an HTML fragment to Wagtail's rich text database format, as the editor would.

    Block keys (random, used by comments) are dropped so the same input always gives the same
    output; empty paragraphs are dropped."""
    fragment = (fragment or "").strip()
    if not fragment:
        return ""
    converter = _rich_converter()
    db_html = converter.to_database_format(converter.from_database_format(fragment))
    return LEGE_ALINEA_RE.sub("", BLOCK_KEY_RE.sub("", db_html))


def _tekst(node):
    return " ".join(node.get_text(" ").split())


def _let_op(node):
    titel_node = node.find("p", class_="titel")
    titel = "Let op"
    if titel_node is not None:
        titel = _tekst(titel_node)
        titel_node.extract()
    return {"titel": titel, "tekst": rich_text(node.decode_contents())}


def _kop_eruit(node, standaard):
    kop = node.find(["h2", "h3"])
    if kop is None:
        return standaard
    titel = _tekst(kop)
    kop.extract()
    return titel


def _wetsverwijzingen(node):
    titel = _kop_eruit(node, "Regelgeving")
    verwijzingen = []
    for li in node.find_all("li"):
        link = li.find("a")
        naam = link or li.find("cite")
        url = ""
        if naam is not None:
            ref_titel = _tekst(naam)
            if link is not None:
                url = link.get("href", "").strip()
                if url and not url.startswith("/"):
                    try:
                        URLValidator(schemes=["http", "https"])(url)
                    except ValidationError:
                        raise ValueError(
                            f"wetsverwijzing met een ongeldige link: {url!r}"
                        ) from None
            naam.extract()
            toelichting = _tekst(li).lstrip(":").strip()
        else:
            ref_titel, _, toelichting = _tekst(li).partition(": ")
        if not ref_titel:
            raise ValueError("een wetsverwijzing zonder titel")
        verwijzingen.append({"titel": ref_titel, "url": url, "toelichting": toelichting.strip()})
    return {
        "titel": titel,
        "verwijzingen": [_lijstitem(v) for v in verwijzingen],
    }


def _lijstitem(waarde):
    # ListBlock's own format: an item without an id would be read as an old-style bare value
    return {"type": "item", "value": waarde, "id": str(uuid.uuid4())}


def _faq(node):
    titel = _kop_eruit(node, "Veelgestelde vragen")
    vragen = []
    for details in node.find_all("details"):
        summary = details.find("summary")
        vraag = _tekst(summary) if summary is not None else ""
        if not vraag:
            raise ValueError("een vraag (<details>) zonder <summary>")
        summary.extract()
        vragen.append({"vraag": vraag, "antwoord": rich_text(details.decode_contents())})
    return {"titel": titel, "vragen": [_lijstitem(v) for v in vragen]}


def _tabel(node):
    caption = node.find("caption")
    rijen = node.find_all("tr")
    if not rijen:
        raise ValueError("een tabel zonder rijen")
    data = [[_tekst(cel) for cel in rij.find_all(["th", "td"])] for rij in rijen]
    breedte = max(len(rij) for rij in data)
    data = [rij + [""] * (breedte - len(rij)) for rij in data]
    eerste_rij_kop = all(cel.name == "th" for cel in rijen[0].find_all(["th", "td"]))
    eerste_kolom_kop = len(rijen) > 1 and all(
        (cellen := rij.find_all(["th", "td"])) and cellen[0].name == "th" for rij in rijen[1:]
    )
    return {
        "data": data,
        "table_caption": _tekst(caption) if caption is not None else "",
        "first_row_is_table_header": eerste_rij_kop,
        "first_col_is_header": eerste_kolom_kop,
    }


def _klassen(node):
    return set(node.get("class") or [])


def html_naar_blokken(inhoud):
    """The StreamField body (raw list of {"type", "value"}) for the HTML of a page."""
    soup = BeautifulSoup(inhoud or "", "html.parser")
    blokken = []
    buffer = []

    def spoel():
        tekst = rich_text("".join(buffer))
        buffer.clear()
        if tekst:
            blokken.append({"type": "tekst", "value": tekst})

    def verwerk(nodes):
        for node in nodes:
            if isinstance(node, NavigableString):
                if type(node) is NavigableString and node.strip():
                    buffer.append(html.escape(str(node)))
                continue
            if not isinstance(node, Tag):
                continue
            klassen = _klassen(node)
            special = None
            if node.name == "h2":
                titel = _tekst(node)
                if titel:
                    special = ("tussentitel", titel)
            elif node.name == "section" and "in-het-kort" in klassen:
                node_kop = node.find("h2")
                if node_kop is not None:
                    node_kop.extract()
                special = ("in_het_kort", rich_text(node.decode_contents()))
            elif node.name == "aside" and "let-op" in klassen:
                special = ("let_op", _let_op(node))
            elif node.name == "section" and "wetsverwijzingen" in klassen:
                special = ("wetsverwijzingen", _wetsverwijzingen(node))
            elif node.name == "section" and "faq" in klassen:
                special = ("faq", _faq(node))
            elif node.name == "table":
                special = ("tabel", _tabel(node))
            elif node.name in OMHULSELS:
                verwerk(list(node.children))
                continue
            if special is None:
                buffer.append(str(node))
                continue
            spoel()
            blokken.append({"type": special[0], "value": special[1]})

    verwerk(list(soup.children))
    spoel()
    return blokken


# --------------------------------------------------------------------------- blocks -> HTML


def rich_export(db_html, links):
    return links.naar_hrefs(BLOCK_KEY_RE.sub("", db_html or ""))


def blokken_naar_html(stream_raw, links):
    """The `inhoud_html` of a StreamField body (raw data): what html_naar_blokken reads."""
    delen = []
    esc = html.escape
    for blok in stream_raw:
        soort, waarde = blok["type"], blok["value"]
        if soort == "tussentitel":
            delen.append(f"<h2>{esc(waarde)}</h2>")
        elif soort == "tekst":
            delen.append(rich_export(waarde, links))
        elif soort == "in_het_kort":
            delen.append(f'<section class="in-het-kort">{rich_export(waarde, links)}</section>')
        elif soort == "let_op":
            delen.append(
                f'<aside class="let-op"><p class="titel">{esc(waarde.get("titel") or "")}</p>'
                f"{rich_export(waarde.get('tekst'), links)}</aside>"
            )
        elif soort == "wetsverwijzingen":
            items = []
            for item in waarde.get("verwijzingen") or []:
                ref = item.get("value", item)
                if ref.get("url"):
                    naam = f'<a href="{esc(ref["url"])}">{esc(ref.get("titel") or "")}</a>'
                else:
                    naam = f"<cite>{esc(ref.get('titel') or '')}</cite>"
                toelichting = f": {esc(ref['toelichting'])}" if ref.get("toelichting") else ""
                items.append(f"<li>{naam}{toelichting}</li>")
            delen.append(
                f'<section class="wetsverwijzingen"><h2>{esc(waarde.get("titel") or "")}</h2>'
                f"<ul>{''.join(items)}</ul></section>"
            )
        elif soort == "faq":
            vragen = []
            for item in waarde.get("vragen") or []:
                qa = item.get("value", item)
                vragen.append(
                    f"<details><summary>{esc(qa.get('vraag') or '')}</summary>"
                    f"{rich_export(qa.get('antwoord'), links)}</details>"
                )
            delen.append(
                f'<section class="faq"><h2>{esc(waarde.get("titel") or "")}</h2>'
                f"{''.join(vragen)}</section>"
            )
        elif soort == "tabel":
            delen.append(_tabel_html(waarde or {}))
    return "\n".join(delen)


def _tabel_html(waarde):
    esc = html.escape
    rijen = []
    for r, rij in enumerate(waarde.get("data") or []):
        cellen = []
        for k, cel in enumerate(rij):
            kop = (r == 0 and waarde.get("first_row_is_table_header")) or (
                k == 0 and r > 0 and waarde.get("first_col_is_header")
            )
            tag = "th" if kop else "td"
            cellen.append(f"<{tag}>{esc(cel or '')}</{tag}>")
        rijen.append(f"<tr>{''.join(cellen)}</tr>")
    caption = waarde.get("table_caption") or ""
    caption_html = f"<caption>{esc(caption)}</caption>" if caption else ""
    return f"<table>{caption_html}{''.join(rijen)}</table>"


# --------------------------------------------------------------------------- links


class Links:
    """Turns hrefs to pages of this site into Wagtail page links and back."""

    def __init__(self, home_url_path, pad_naar_id, id_naar_pad):
        self.home_url_path = home_url_path
        self.pad_naar_id = pad_naar_id
        self.id_naar_pad = id_naar_pad
        self._documenten = None

    def _documenten_map(self):
        if self._documenten is None:
            from wagtail.documents import get_document_model

            self._documenten = {
                pk: (pk, bestand.rsplit("/", 1)[-1])
                for pk, bestand in get_document_model().objects.values_list("pk", "file")
            }
        return self._documenten

    def naar_linktypes(self, db_html):
        def vervang(match):
            href = html.unescape(match.group(1))
            if href.startswith("/") and "#" not in href and "?" not in href:
                doc = DOCUMENT_URL_RE.match(href)
                if doc:
                    if int(doc.group(1)) in self._documenten_map():
                        return f'<a linktype="document" id="{int(doc.group(1))}">'
                    return match.group(0)
                pad = href.strip("/")
                if pad and pad in self.pad_naar_id:
                    return f'<a linktype="page" id="{self.pad_naar_id[pad]}">'
            return match.group(0)

        return HREF_RE.sub(vervang, db_html) if "<a " in db_html else db_html

    def naar_hrefs(self, db_html):
        def vervang(match):
            soort, pk = match.group(1), int(match.group(2))
            if soort == "page":
                pad = self.id_naar_pad.get(pk)
                if pad is None:
                    return "<a>"
                return f'<a href="/{html.escape(pad)}/">'
            doc = self._documenten_map().get(pk)
            if doc is None:
                return "<a>"
            return f'<a href="/documents/{pk}/{html.escape(doc[1])}">'

        return LINKTYPE_RE.sub(vervang, db_html) if "linktype" in db_html else db_html


def rich_velden(waarde, functie):
    """Apply functie to every rich text string inside a raw block value (recursively)."""
    if isinstance(waarde, str):
        return functie(waarde) if "<a " in waarde else waarde
    if isinstance(waarde, list):
        return [rich_velden(v, functie) for v in waarde]
    if isinstance(waarde, dict):
        return {
            k: (
                v
                if k in {"type", "id", "url", "titel", "vraag", "data"}
                else rich_velden(v, functie)
            )
            for k, v in waarde.items()
        }
    return waarde


def vergelijkbaar(raw):
    """Raw StreamField data without block ids and block keys, for comparing content."""
    if isinstance(raw, list):
        return [vergelijkbaar(v) for v in raw]
    if isinstance(raw, dict):
        if raw.get("type") == "tabel" and isinstance(raw.get("value"), dict):
            # only what the import/export carries; the table editor stores more
            raw = {"type": "tabel", "value": {k: raw["value"].get(k) for k in TABEL_SLEUTELS}}
        return {k: vergelijkbaar(v) for k, v in raw.items() if k != "id"}
    if isinstance(raw, str) and "data-block-key" in raw:
        return BLOCK_KEY_RE.sub("", raw)
    return raw


def relaties(klasse, modelveld, bron_ids=None):
    """{source id: set of target ids} of a relation (many-to-many or chosen links), in one query."""
    return {
        bron: set(doelen)
        for bron, doelen in verbanden.relaties(klasse, modelveld, bron_ids).items()
    }
