"""The one StreamField block set every kennisbank page type uses."""

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
