"""The one StreamField block set every kennisbank page type uses."""

import re
from html import unescape

from django.utils.html import strip_tags
from django.utils.text import slugify
from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock

RICH_TEXT_FEATURES = [
    "h3",
    "h4",
    "bold",
    "italic",
    "ol",
    "ul",
    "link",
    "document-link",
    "hr",
    "superscript",
    "subscript",
]


class TussentitelBlock(blocks.CharBlock):
    """A section heading (h2); it feeds the "Op deze pagina" table of contents."""

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["anchor"] = slugify(value)
        return context

    class Meta:
        icon = "title"
        label = "Tussentitel"
        template = "kennisbank/blocks/tussentitel.html"


class InHetKortBlock(blocks.RichTextBlock):
    class Meta:
        icon = "list-ul"
        label = "In het kort"
        template = "kennisbank/blocks/in_het_kort.html"


class LetOpBlock(blocks.StructBlock):
    titel = blocks.CharBlock(label="Titel", default="Let op", required=False)
    tekst = blocks.RichTextBlock(label="Tekst", features=RICH_TEXT_FEATURES)

    class Meta:
        icon = "warning"
        label = "Let op"
        template = "kennisbank/blocks/let_op.html"


class WetsverwijzingBlock(blocks.StructBlock):
    titel = blocks.CharBlock(label="Verwijzing", help_text="Bv. art. 10 Vreemdelingenwet")
    url = blocks.URLBlock(label="Link", required=False)
    toelichting = blocks.CharBlock(label="Toelichting", required=False)

    class Meta:
        icon = "link"
        label = "Wetsverwijzing"


class WetsverwijzingenBlock(blocks.StructBlock):
    titel = blocks.CharBlock(label="Titel", default="Regelgeving", required=False)
    verwijzingen = blocks.ListBlock(WetsverwijzingBlock(), label="Verwijzingen")

    class Meta:
        icon = "doc-full"
        label = "Wetsverwijzingen"
        template = "kennisbank/blocks/wetsverwijzingen.html"


class VraagAntwoordBlock(blocks.StructBlock):
    vraag = blocks.CharBlock(label="Vraag")
    antwoord = blocks.RichTextBlock(label="Antwoord", features=RICH_TEXT_FEATURES)

    class Meta:
        icon = "help"
        label = "Vraag en antwoord"


class FaqBlock(blocks.StructBlock):
    titel = blocks.CharBlock(label="Titel", default="Veelgestelde vragen", required=False)
    vragen = blocks.ListBlock(VraagAntwoordBlock(), label="Vragen")

    class Meta:
        icon = "help"
        label = "Veelgestelde vragen"
        template = "kennisbank/blocks/faq.html"


class InhoudBlock(blocks.StreamBlock):
    tussentitel = TussentitelBlock()
    tekst = blocks.RichTextBlock(label="Tekst", features=RICH_TEXT_FEATURES, icon="pilcrow")
    in_het_kort = InHetKortBlock(features=RICH_TEXT_FEATURES)
    let_op = LetOpBlock()
    wetsverwijzingen = WetsverwijzingenBlock()
    faq = FaqBlock()
    tabel = TableBlock(label="Tabel", template="kennisbank/blocks/tabel.html")

    class Meta:
        label = "Inhoud"


class WijzigingBlock(blocks.StructBlock):
    """One dated entry in a dossier's "Laatste wijzigingen"."""

    datum = blocks.DateBlock(label="Datum")
    tekst = blocks.RichTextBlock(label="Wat veranderde", features=RICH_TEXT_FEATURES)

    class Meta:
        icon = "date"
        label = "Wijziging"


def table_of_contents(stream_value):
    """(anchor, title) for every heading in a body: the "Op deze pagina" list."""
    entries = []
    for block in stream_value:
        if block.block_type == "tussentitel":
            entries.append((slugify(block.value), str(block.value)))
        elif block.block_type == "faq":
            title = block.value.get("titel") or "Veelgestelde vragen"
            entries.append((slugify(title), title))
    return entries


def faq_vragen(stream_value):
    """The questions of every FAQ block in a body, one per line: readers ask them in their
    own words, so the site search weighs them as high as a title."""
    vragen = []
    for block in stream_value or ():
        if block.block_type == "faq":
            for item in block.value.get("vragen") or ():
                vraag = " ".join(str(item.get("vraag") or "").split())
                if vraag:
                    vragen.append(vraag)
    return "\n".join(vragen)


def rich_naar_tekst(html):
    """Rich text as plain text: one line per paragraph, heading or list item."""
    html = re.sub(r"(?i)<br\s*/?>|</(p|li|h[1-6])>", "\n", html or "")
    regels = (unescape(strip_tags(regel)).strip() for regel in html.split("\n"))
    return "\n".join(regel for regel in regels if regel)


def verenig_in_het_kort(veld, blokken, als_tekst):
    """One source for "In het kort" on a page that has an "In het kort" field: the content of
    its "In het kort" blocks joins the field (unless the field already says it) and the blocks
    go. `blokken` is a body's raw stream data; `als_tekst` for a plain-text field. Returns
    (field, blocks), or None when the body has no such block."""
    if not any(blok["type"] == "in_het_kort" for blok in blokken):
        return None
    veld = veld or ""
    for blok in blokken:
        if blok["type"] != "in_het_kort":
            continue
        if als_tekst:
            toevoeging = rich_naar_tekst(blok["value"])
            if toevoeging and toevoeging not in veld:
                veld = f"{veld}\n{toevoeging}" if veld.strip() else toevoeging
        else:
            toevoeging = blok["value"] or ""
            if rich_naar_tekst(toevoeging) not in rich_naar_tekst(veld):
                veld = f"{veld}{toevoeging}"
    return veld, [blok for blok in blokken if blok["type"] != "in_het_kort"]
