"""Import and export of kennisbank pages as JSON lines (the migration from the old site).

One line is one page::

    {"type": "thema", "pad": "verblijf/gezinshereniging/met-een-belg", "titel": "...",
     "samenvatting": "...", "inhoud_html": "<p>...</p><h2>...</h2>...", "bijgewerkt": "2025-03-01",
     "themas": ["verblijf/gezinshereniging"], "begrippen": ["begrippen/verblijfskaart"]}

Rules (the help text of `kennisbank_import` repeats them for the editors):

* The `pad` is the page's place under the home page (its URL without the slashes) and the key:
  a line whose pad exists updates that page, otherwise a page is made. Pages that are not in
  the file are never touched or deleted.
* Theme pages nest by pad. Parents may come anywhere in the file; a parent that is neither in
  the file nor in the database is made as an empty theme page whose title is derived from its
  slug ("internationaal-privaatrecht" -> "Internationaal privaatrecht"). The summary names them.
* News pads are "nieuws/<slug>", dossiers "dossiers/<slug>", begrippen "begrippen/<slug>": the
  first segment must be the slug of the section page (Nieuws, Dossiers, Begrippen); anything
  else is an error.
* References (`themas`, `begrippen`, `nieuws`) name pads of the right type, in the database or
  anywhere in the same file (so two theme pages may refer to each other).
* `inhoud_html` becomes the StreamField body: each `<h2>` a "Tussentitel" block (it feeds the
  "Op deze pagina" list), the HTML between them "Tekst" blocks, and these fragments become the
  other blocks (they are also what the export writes)::

      <section class="in-het-kort">...</section>                   In het kort
      <aside class="let-op"><p class="titel">Let op</p>...</aside>  Let op
      <section class="wetsverwijzingen"><h2>Regelgeving</h2>
        <ul><li><a href="URL">art. 10 Vreemdelingenwet</a>: toelichting</li>
            <li><cite>art. 12bis Vreemdelingenwet</cite></li></ul></section>   Wetsverwijzingen
      <section class="faq"><h2>Veelgestelde vragen</h2>
        <details><summary>Vraag?</summary><p>Antwoord</p></details></section>  Veelgestelde vragen
      <table><caption>...</caption><tr><th>...</th></tr><tr><td>...</td></tr></table>  Tabel

  Rich text is cleaned exactly as Wagtail's editor would store it (paragraphs, h3/h4, bold,
  italic, lists, links, ...); other markup is reduced to its text. A link to a page of this site
  (`<a href="/verblijf/">`) becomes a real Wagtail page link, and the export writes it back as
  that path, so links survive moves and the round trip is stable.
* Dossiers also take `"actueel": true|false`, `"nieuws": [pads]` and
  `"wijzigingen": [{"datum": "YYYY-MM-DD", "tekst_html": "..."}]`; theme pages take
  `"begrippen": [pads]`. A begrip's definition is `inhoud_html`, or else `samenvatting`.
* All or nothing: every line is checked before anything is written, and the writing happens in
  one transaction; the first bad line stops the import with its number and the reason.
* Idempotent: a page whose content equals the line is left alone (no new revision). A changed
  page gets a new revision that is published at once.
"""

import datetime
import html
import json
import logging
import re
import uuid
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from bs4 import BeautifulSoup, NavigableString, Tag
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator, validate_unicode_slug
from django.db import transaction
from django.db.models.signals import post_save
from wagtail.admin.rich_text.converters.contentstate import ContentstateConverter
from wagtail.models import Page
from wagtail.signal_handlers import disable_reference_index_auto_update

from core.importing import ImportFout, lees_jsonl, tel_regels, voortgang

from . import verbanden
from .blocks import RICH_TEXT_FEATURES
from .models import (
    BegripPagina,
    DossierIndexPagina,
    DossierPagina,
    HomePage,
    LexiconPagina,
    NieuwsIndexPagina,
    NieuwsPagina,
    ThemaPagina,
)

TYPES = {
    "thema": ThemaPagina,
    "nieuws": NieuwsPagina,
    "dossier": DossierPagina,
    "begrip": BegripPagina,
}
TYPE_VAN_KLASSE = {klasse: naam for naam, klasse in TYPES.items()}
SECTIES = {"nieuws": NieuwsIndexPagina, "dossier": DossierIndexPagina, "begrip": LexiconPagina}
MEERVOUD = {
    "thema": ("themapagina", "themapagina's"),
    "nieuws": ("nieuwspagina", "nieuwspagina's"),
    "dossier": ("dossier", "dossiers"),
    "begrip": ("begrip", "begrippen"),
}
TYPE_LABEL = {
    "thema": "themapagina",
    "nieuws": "nieuwspagina",
    "dossier": "dossier",
    "begrip": "begrip",
}

GEMEENSCHAPPELIJK = {"type", "pad", "titel", "samenvatting", "inhoud_html"}
VELDEN = {
    "thema": GEMEENSCHAPPELIJK | {"bijgewerkt", "themas", "begrippen"},
    "nieuws": GEMEENSCHAPPELIJK | {"datum", "themas", "bijgewerkt"},
    "dossier": GEMEENSCHAPPELIJK | {"themas", "nieuws", "actueel", "wijzigingen", "bijgewerkt"},
    "begrip": GEMEENSCHAPPELIJK | {"bijgewerkt"},
}
# reference key in the file -> (model field, type of the pages it names)
VERWIJZINGEN = {
    "thema": {"themas": ("gerelateerde_themas", "thema"), "begrippen": ("begrippen", "begrip")},
    "nieuws": {"themas": ("themas", "thema")},
    "dossier": {"themas": ("themas", "thema"), "nieuws": ("nieuws", "nieuws")},
    "begrip": {},
}
DATUM_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
BLOCK_KEY_RE = re.compile(r' data-block-key="[^"]*"')
LEGE_ALINEA_RE = re.compile(r"<p></p>")
HREF_RE = re.compile(r'<a href="([^"]*)">')
LINKTYPE_RE = re.compile(r'<a linktype="(page|document)" id="(\d+)">')
DOCUMENT_URL_RE = re.compile(r"^/documents/(\d+)/")
TABEL_SLEUTELS = ("data", "table_caption", "first_row_is_table_header", "first_col_is_header")
OMHULSELS = {"div", "article", "main", "section", "body", "html"}

_converter = None
logger = logging.getLogger(__name__)


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


def _rich_export(db_html, links):
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
            delen.append(_rich_export(waarde, links))
        elif soort == "in_het_kort":
            delen.append(f'<section class="in-het-kort">{_rich_export(waarde, links)}</section>')
        elif soort == "let_op":
            delen.append(
                f'<aside class="let-op"><p class="titel">{esc(waarde.get("titel") or "")}</p>'
                f"{_rich_export(waarde.get('tekst'), links)}</aside>"
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
                    f"{_rich_export(qa.get('antwoord'), links)}</details>"
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


def _rich_velden(waarde, functie):
    """Apply functie to every rich text string inside a raw block value (recursively)."""
    if isinstance(waarde, str):
        return functie(waarde) if "<a " in waarde else waarde
    if isinstance(waarde, list):
        return [_rich_velden(v, functie) for v in waarde]
    if isinstance(waarde, dict):
        return {
            k: (
                v
                if k in {"type", "id", "url", "titel", "vraag", "data"}
                else _rich_velden(v, functie)
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


# --------------------------------------------------------------------------- checking


@dataclass
class Regel:
    nummer: int
    type: str
    pad: str
    titel: str
    velden: dict
    verwijzingen: dict = field(default_factory=dict)  # model field -> list of pads
    automatisch: bool = False  # a missing parent made by the import


@dataclass
class Resultaat:
    nieuw: int = 0
    gewijzigd: int = 0
    ongewijzigd: int = 0
    per_type: dict = field(default_factory=dict)
    ouders: list = field(default_factory=list)

    def __str__(self):
        soorten = ", ".join(
            f"{aantal} {MEERVOUD[t][0] if aantal == 1 else MEERVOUD[t][1]}"
            for t, aantal in self.per_type.items()
        )
        tekst = (
            f"{soorten or 'geen pagina’s'}: {self.nieuw} nieuw, {self.gewijzigd} gewijzigd, "
            f"{self.ongewijzigd} ongewijzigd"
        )
        if self.ouders:
            tekst += (
                f"; {len(self.ouders)} ontbrekende bovenliggende themapagina('s) aangemaakt: "
                + ", ".join(self.ouders)
            )
        return tekst


def _datum(waarde, naam, nummer, verplicht=False):
    if waarde in (None, ""):
        if verplicht:
            raise ImportFout(nummer, f"'{naam}' ontbreekt")
        return None
    if not isinstance(waarde, str) or not DATUM_RE.match(waarde):
        raise ImportFout(nummer, f"'{naam}' moet een datum JJJJ-MM-DD zijn, niet {waarde!r}")
    try:
        return datetime.date.fromisoformat(waarde)
    except ValueError:
        raise ImportFout(nummer, f"'{naam}' is geen bestaande datum: {waarde!r}") from None


def _tekstveld(obj, naam, nummer):
    waarde = obj.get(naam)
    if waarde is None:
        return ""
    if not isinstance(waarde, str):
        raise ImportFout(nummer, f"'{naam}' moet tekst zijn")
    return waarde.strip()


def _padlijst(obj, naam, nummer):
    waarde = obj.get(naam)
    if waarde in (None, ""):
        return []
    if not isinstance(waarde, list) or not all(isinstance(p, str) for p in waarde):
        raise ImportFout(nummer, f"'{naam}' moet een lijst van paden zijn")
    return list(dict.fromkeys(p.strip().strip("/") for p in waarde if p.strip().strip("/")))


def _controleer_pad(pad, nummer):
    if not isinstance(pad, str) or not pad.strip().strip("/"):
        raise ImportFout(nummer, "'pad' ontbreekt")
    pad = pad.strip().strip("/")
    for deel in pad.split("/"):
        try:
            validate_unicode_slug(deel)
        except ValidationError:
            raise ImportFout(
                nummer,
                f"ongeldig pad {pad!r}: '{deel}' mag alleen kleine letters, cijfers en "
                "koppeltekens bevatten",
            ) from None
        if deel != deel.lower():
            raise ImportFout(nummer, f"ongeldig pad {pad!r}: gebruik kleine letters")
    return pad


def titel_uit_slug(slug):
    woorden = slug.replace("-", " ").replace("_", " ").strip()
    return woorden[:1].upper() + woorden[1:]


def lees_regel(nummer, obj, secties):
    """Check one line and turn it into a Regel (raises ImportFout with the line number)."""
    soort = obj.get("type")
    if soort not in TYPES:
        raise ImportFout(
            nummer,
            f"onbekend type {soort!r} (kies uit {', '.join(repr(t) for t in TYPES)})",
        )
    onbekend = sorted(set(obj) - VELDEN[soort])
    if onbekend:
        raise ImportFout(
            nummer, f"onbekend veld {', '.join(repr(k) for k in onbekend)} voor type {soort!r}"
        )
    pad = _controleer_pad(obj.get("pad"), nummer)
    titel = _tekstveld(obj, "titel", nummer)
    if not titel:
        raise ImportFout(nummer, "'titel' ontbreekt")
    if len(titel) > 255:
        raise ImportFout(nummer, "'titel' is langer dan 255 tekens")
    samenvatting = _tekstveld(obj, "samenvatting", nummer)
    inhoud = _tekstveld(obj, "inhoud_html", nummer)
    bijgewerkt = _datum(obj.get("bijgewerkt"), "bijgewerkt", nummer)

    if soort != "thema":
        sectie = secties.get(soort)
        if sectie is None:
            raise ImportFout(
                nummer, f"er is geen {SECTIES[soort]._meta.verbose_name} onder de startpagina"
            )
        delen = pad.split("/")
        if len(delen) != 2 or delen[0] != sectie:
            raise ImportFout(
                nummer,
                f"het pad van een {TYPE_LABEL[soort]} moet '{sectie}/<slug>' zijn, niet {pad!r}",
            )

    try:
        body = html_naar_blokken(inhoud) if soort != "begrip" else None
    except ValueError as exc:
        raise ImportFout(nummer, f"'inhoud_html': {exc}") from None

    velden = {"title": titel}
    if soort == "thema":
        velden.update(samenvatting=samenvatting, laatst_bijgewerkt=bijgewerkt, body=body)
    elif soort == "nieuws":
        velden.update(
            datum=_datum(obj.get("datum"), "datum", nummer, verplicht=True),
            samenvatting=samenvatting,
            body=body,
        )
    elif soort == "dossier":
        actueel = obj.get("actueel", True)
        if not isinstance(actueel, bool):
            raise ImportFout(nummer, "'actueel' moet true of false zijn")
        wijzigingen = obj.get("wijzigingen") or []
        if not isinstance(wijzigingen, list):
            raise ImportFout(nummer, "'wijzigingen' moet een lijst zijn")
        stroom = []
        for i, w in enumerate(wijzigingen, start=1):
            if not isinstance(w, dict) or set(w) - {"datum", "tekst_html"}:
                raise ImportFout(
                    nummer, f'wijziging {i}: verwacht {{"datum": ..., "tekst_html": ...}}'
                )
            datum = _datum(w.get("datum"), f"wijziging {i}: datum", nummer, verplicht=True)
            tekst = rich_text(w.get("tekst_html") or "")
            if not tekst:
                raise ImportFout(nummer, f"wijziging {i}: 'tekst_html' ontbreekt")
            stroom.append(
                {"type": "wijziging", "value": {"datum": datum.isoformat(), "tekst": tekst}}
            )
        in_het_kort = rich_text(samenvatting if "<" in samenvatting else _alinea(samenvatting))
        velden.update(in_het_kort=in_het_kort, actueel=actueel, wijzigingen=stroom, body=body)
    else:
        definitie = rich_text(inhoud) if inhoud else rich_text(_alinea(samenvatting))
        if not definitie:
            raise ImportFout(
                nummer, "een begrip heeft een definitie nodig ('inhoud_html' of 'samenvatting')"
            )
        velden.update(definitie=definitie)

    verwijzingen = {}
    for sleutel, (modelveld, _doeltype) in VERWIJZINGEN[soort].items():
        verwijzingen[modelveld] = _padlijst(obj, sleutel, nummer)
    return Regel(nummer, soort, pad, titel, velden, verwijzingen)


def _alinea(tekst):
    return f"<p>{html.escape(tekst)}</p>" if tekst else ""


@dataclass
class Bestaand:
    pk: int
    klasse: type
    live: bool


class Plan:
    """Everything the import will do, computed (and checked) before anything is written."""

    def __init__(self):
        self.home = HomePage.objects.get()
        self.home_url_path = self.home.url_path
        self.bestaand = {}  # pad -> Bestaand
        rows = Page.objects.filter(path__startswith=self.home.path, depth__gt=self.home.depth)
        from django.contrib.contenttypes.models import ContentType

        for pk, url_path, ct_id, live in rows.values_list(
            "pk", "url_path", "content_type_id", "live"
        ):
            klasse = ContentType.objects.get_for_id(ct_id).model_class()
            self.bestaand[self.pad_van(url_path)] = Bestaand(pk, klasse, live)
        self.secties = {}
        for soort, klasse in SECTIES.items():
            sectie = klasse.objects.child_of(self.home).first()
            if sectie is not None:
                self.secties[soort] = self.pad_van(sectie.url_path)
        self.regels = []  # file order
        self.per_pad = {}

    def pad_van(self, url_path):
        return url_path[len(self.home_url_path) :].strip("/")

    def voeg_toe(self, regel):
        eerder = self.per_pad.get(regel.pad)
        if eerder is not None:
            raise ImportFout(
                regel.nummer, f"pad {regel.pad!r} staat ook al op regel {eerder.nummer}"
            )
        bestaand = self.bestaand.get(regel.pad)
        if bestaand is not None and bestaand.klasse is not TYPES[regel.type]:
            raise ImportFout(
                regel.nummer,
                f"pad {regel.pad!r} bestaat al als {bestaand.klasse._meta.verbose_name.lower()}, "
                f"niet als {TYPE_LABEL[regel.type]}",
            )
        self.regels.append(regel)
        self.per_pad[regel.pad] = regel

    def type_van(self, pad):
        if pad in self.per_pad:
            return self.per_pad[pad].type
        bestaand = self.bestaand.get(pad)
        if bestaand is not None:
            return TYPE_VAN_KLASSE.get(bestaand.klasse)
        return None

    def controleer_samenhang(self):
        """Parents of theme pages and references, once the whole file is read."""
        ouders = {}
        for regel in list(self.regels):
            if regel.type != "thema" or "/" not in regel.pad:
                continue
            ouder = regel.pad.rsplit("/", 1)[0]
            while ouder:
                if ouder in self.per_pad or ouder in ouders:
                    soort = self.per_pad[ouder].type if ouder in self.per_pad else "thema"
                    if soort != "thema":
                        raise ImportFout(
                            regel.nummer,
                            f"de bovenliggende pagina {ouder!r} "
                            f"(regel {self.per_pad[ouder].nummer}) "
                            "is geen themapagina",
                        )
                    break
                bestaand = self.bestaand.get(ouder)
                if bestaand is not None:
                    if bestaand.klasse is not ThemaPagina:
                        raise ImportFout(
                            regel.nummer,
                            f"de bovenliggende pagina {ouder!r} is een "
                            f"{bestaand.klasse._meta.verbose_name.lower()}; daaronder kan geen "
                            "themapagina komen",
                        )
                    break
                ouders[ouder] = regel.nummer
                ouder = ouder.rsplit("/", 1)[0] if "/" in ouder else ""
        # missing parents are made first, shallowest first
        for ouder in sorted(ouders, key=lambda p: p.count("/")):
            slug = ouder.rsplit("/", 1)[-1]
            regel = Regel(
                ouders[ouder],
                "thema",
                ouder,
                titel_uit_slug(slug),
                {
                    "title": titel_uit_slug(slug),
                    "samenvatting": "",
                    "laatst_bijgewerkt": None,
                    "body": [],
                },
                {"gerelateerde_themas": [], "begrippen": []},
                automatisch=True,
            )
            self.per_pad[ouder] = regel
        self.ouders = sorted(ouders, key=lambda p: p.count("/"))
        self.regels = [self.per_pad[p] for p in self.ouders] + self.regels

        for regel in self.regels:
            for sleutel, (modelveld, doeltype) in VERWIJZINGEN[regel.type].items():
                for pad in regel.verwijzingen.get(modelveld, []):
                    soort = self.type_van(pad)
                    if soort is None:
                        raise ImportFout(
                            regel.nummer,
                            f"'{sleutel}' verwijst naar {pad!r}, maar die pagina bestaat niet "
                            "(niet in de databank en niet in dit bestand)",
                        )
                    if soort != doeltype:
                        raise ImportFout(
                            regel.nummer,
                            f"'{sleutel}' verwijst naar {pad!r}, maar dat is geen "
                            f"{TYPE_LABEL[doeltype]}",
                        )


def maak_plan(path, stream=None):
    plan = Plan()
    zichtbaar = stream is not None and stream.isatty() and Path(path).exists()
    totaal = tel_regels(path) if zichtbaar else None
    for nummer, obj in voortgang(lees_jsonl(path), total=totaal, desc="controleren", stream=stream):
        plan.voeg_toe(lees_regel(nummer, obj, plan.secties))
    plan.controleer_samenhang()
    return plan


# --------------------------------------------------------------------------- writing


def _ouder_pad(regel):
    if regel.type == "thema":
        return regel.pad.rsplit("/", 1)[0] if "/" in regel.pad else ""
    return regel.pad.split("/", 1)[0]


def relaties(klasse, modelveld, bron_ids=None):
    """{source id: set of target ids} of a relation (many-to-many or chosen links), in one query."""
    return {
        bron: set(doelen)
        for bron, doelen in verbanden.relaties(klasse, modelveld, bron_ids).items()
    }


@contextmanager
def _index_achteraf():
    """Wagtail updates the search index and the reference index on every save of a page (three
    saves to create and publish one). During the import only the end result counts: the
    handlers are off, and importeer() updates both indexes once per written page."""
    from modelsearch.index import get_indexed_models
    from modelsearch.signal_handlers import post_save_signal_handler

    modellen = [m for m in get_indexed_models() if issubclass(m, Page)]
    losgekoppeld = [m for m in modellen if post_save.disconnect(post_save_signal_handler, sender=m)]
    try:
        with disable_reference_index_auto_update():
            yield
    finally:
        for model in losgekoppeld:
            post_save.connect(post_save_signal_handler, sender=model)


def _zoekindex_bijwerken(pages):
    """Wagtail's own search index, in bulk per page type (as `update_index` does)."""
    from modelsearch.backends import get_search_backends_with_name

    per_klasse = {}
    for page in pages:
        per_klasse.setdefault(type(page), []).append(page)
    for naam, backend in get_search_backends_with_name(with_auto_update=True):
        for klasse, objecten in per_klasse.items():
            try:
                backend.add_bulk(klasse, objecten)
            except Exception:
                logger.exception("Zoekindex %s kon niet bijgewerkt worden", naam)
                if not backend.catch_indexing_errors:
                    raise


def importeer(path, stream=None):
    """Import a JSON-lines file (all or nothing) and return a Resultaat.

    Raises ImportFout naming the first bad line; nothing is written then."""
    from wagtail.tasks import update_reference_index_task

    plan = maak_plan(path, stream)
    with transaction.atomic():
        with _index_achteraf():
            resultaat, geschreven = _schrijf(plan, stream)
        _zoekindex_bijwerken(geschreven)
        for page in geschreven:
            update_reference_index_task.enqueue(
                page._meta.app_label, page._meta.model_name, str(page.pk)
            )
    return resultaat


def _schrijf(plan, stream):
    resultaat = Resultaat(ouders=list(plan.ouders))
    pad_naar_id = {pad: b.pk for pad, b in plan.bestaand.items()}
    live = {b.pk for b in plan.bestaand.values() if b.live}

    # 1. make every page that does not exist yet (parents first), so that references and
    #    links to pages further on in the file can be resolved
    nieuw = set()
    ouders = {}
    for regel in sorted(plan.regels, key=lambda r: r.pad.count("/")):
        if regel.pad in pad_naar_id:
            continue
        ouder_pad = _ouder_pad(regel)
        if ouder_pad not in ouders:
            ouders[ouder_pad] = (
                plan.home if not ouder_pad else Page.objects.get(pk=pad_naar_id[ouder_pad]).specific
            )
        velden = {k: v for k, v in regel.velden.items()}
        page = TYPES[regel.type](slug=regel.pad.rsplit("/", 1)[-1], live=False, **velden)
        try:
            ouders[ouder_pad].add_child(instance=page)
        except ValidationError as exc:
            raise ImportFout(regel.nummer, _fouttekst(exc)) from None
        pad_naar_id[regel.pad] = page.pk
        nieuw.add(regel.pad)

    id_naar_pad = {pk: pad for pad, pk in pad_naar_id.items()}
    links = Links(plan.home_url_path, pad_naar_id, id_naar_pad)
    pages = {}
    huidige_refs = {}
    for soort, klasse in TYPES.items():
        ids = [pad_naar_id[r.pad] for r in plan.regels if r.type == soort]
        for page in klasse.objects.filter(pk__in=ids):
            pages[page.pk] = page
        for modelveld, _doeltype in VERWIJZINGEN[soort].values():
            huidige_refs[(soort, modelveld)] = relaties(klasse, modelveld, ids)
    geschreven = []

    # 2. fill in and publish every page whose content differs from its line
    for regel in voortgang(plan.regels, desc="invoeren", stream=stream):
        page = pages[pad_naar_id[regel.pad]]
        is_nieuw = regel.pad in nieuw
        gewenst = {}
        for naam, waarde in regel.velden.items():
            if naam in ("body", "wijzigingen"):
                waarde = _rich_velden(waarde, links.naar_linktypes)
            elif naam in ("in_het_kort", "definitie"):
                waarde = links.naar_linktypes(waarde)
            gewenst[naam] = waarde
        gewenste_refs = {}
        for modelveld, paden in regel.verwijzingen.items():
            ids = [pad_naar_id[p] for p in paden]
            huidig = huidige_refs[(regel.type, modelveld)].get(page.pk, set())
            # references to unpublished pages are not exported: keep them
            ids += sorted(
                pk for pk in huidig if pk not in live and pk not in ids and pk in id_naar_pad
            )
            gewenste_refs[modelveld] = (ids, huidig)

        gelijk = not is_nieuw and page.live
        if gelijk:
            for naam, waarde in gewenst.items():
                huidig = getattr(page, naam)
                if naam in ("body", "wijzigingen"):
                    if vergelijkbaar(huidig.get_prep_value()) != vergelijkbaar(waarde):
                        gelijk = False
                        break
                elif isinstance(huidig, str) and isinstance(waarde, str):
                    if BLOCK_KEY_RE.sub("", huidig) != waarde:
                        gelijk = False
                        break
                elif huidig != waarde:
                    gelijk = False
                    break
        if gelijk:
            gelijk = all(set(ids) == huidig for ids, huidig in gewenste_refs.values())
        resultaat.per_type[regel.type] = resultaat.per_type.get(regel.type, 0) + 1
        if gelijk:
            resultaat.ongewijzigd += 1
            continue

        for naam, waarde in gewenst.items():
            setattr(page, naam, waarde)
        for modelveld, (ids, _huidig) in gewenste_refs.items():
            verbanden.zet_verbanden(page, modelveld, ids)
        try:
            # a new page is validated in full once, when publishing saves it live
            revisie = page.save_revision(clean=not is_nieuw)
            revisie.publish(skip_permission_checks=True)
        except ValidationError as exc:
            raise ImportFout(regel.nummer, _fouttekst(exc)) from None
        geschreven.append(page)
        if is_nieuw:
            resultaat.nieuw += 1
        else:
            resultaat.gewijzigd += 1
    return resultaat, geschreven


def _fouttekst(exc):
    if hasattr(exc, "message_dict"):
        return "; ".join(f"{veld}: {' '.join(fouten)}" for veld, fouten in exc.message_dict.items())
    return " ".join(exc.messages)


# --------------------------------------------------------------------------- export


def exporteer_regels():
    """Yield one dict per live kennisbank page under the home page, parents before children."""
    home = HomePage.objects.get()
    start = len(home.url_path)
    alle = Page.objects.filter(path__startswith=home.path, depth__gt=home.depth)
    id_naar_pad, live, volgorde = {}, set(), {}
    for pk, url, is_live, path in alle.values_list("pk", "url_path", "live", "path"):
        id_naar_pad[pk] = url[start:].strip("/")
        volgorde[pk] = path
        if is_live:
            live.add(pk)
    links = Links(home.url_path, {}, id_naar_pad)
    alle_refs = {}

    def refs(page, modelveld):
        if (type(page), modelveld) not in alle_refs:
            alle_refs[(type(page), modelveld)] = relaties(type(page), modelveld)
        doelen = alle_refs[(type(page), modelveld)].get(page.pk, ())
        return [id_naar_pad[pk] for pk in sorted(doelen, key=volgorde.get) if pk in live]

    for soort, klasse in TYPES.items():
        qs = klasse.objects.live().descendant_of(home).order_by("path")
        for page in qs:
            regel = {"type": soort, "pad": id_naar_pad[page.pk], "titel": page.title}
            if soort == "thema":
                regel.update(
                    samenvatting=page.samenvatting,
                    inhoud_html=blokken_naar_html(page.body.get_prep_value(), links),
                    bijgewerkt=page.laatst_bijgewerkt.isoformat()
                    if page.laatst_bijgewerkt
                    else None,
                    themas=refs(page, "gerelateerde_themas"),
                    begrippen=refs(page, "begrippen"),
                )
            elif soort == "nieuws":
                regel.update(
                    datum=page.datum.isoformat(),
                    samenvatting=page.samenvatting,
                    inhoud_html=blokken_naar_html(page.body.get_prep_value(), links),
                    themas=refs(page, "themas"),
                )
            elif soort == "dossier":
                regel.update(
                    samenvatting=_rich_export(page.in_het_kort, links),
                    inhoud_html=blokken_naar_html(page.body.get_prep_value(), links),
                    actueel=page.actueel,
                    themas=refs(page, "themas"),
                    nieuws=refs(page, "nieuws"),
                    wijzigingen=[
                        {
                            "datum": str(blok["value"]["datum"]),
                            "tekst_html": _rich_export(blok["value"]["tekst"], links),
                        }
                        for blok in page.wijzigingen.get_prep_value()
                    ],
                )
            else:
                regel.update(inhoud_html=_rich_export(page.definitie, links))
            yield regel


def exporteer(handle):
    """Write the export to an open text file; return the number of lines."""
    aantal = 0
    for regel in exporteer_regels():
        handle.write(json.dumps(regel, ensure_ascii=False) + "\n")
        aantal += 1
    return aantal
