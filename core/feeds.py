"""The Atom format both feeds share (/nieuws/feed/, /rechtspraak/feed/).

Django's Atom1Feed writes an item's description as `<summary type="html">`: a feed reader
then reads the (once XML-escaped) text as HTML, so a summary holding `<img src=x onerror=...>`
or `<a href="javascript:...">` became live markup there. Our summaries are plain text, so
they go out as `<summary type="text">`: a reader shows them as they were typed."""

from django.utils.feedgenerator import Atom1Feed


class TekstAtomFeed(Atom1Feed):
    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, {**item, "description": None})
        if item.get("description"):
            handler.addQuickElement("summary", item["description"], {"type": "text"})
