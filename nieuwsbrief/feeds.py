"""Atom feed of the changes of one theme page (with its sub-themes) or dossier: the same
changes as the digests (wijzigingen.py), over the last months, newest first. Kennisbank's pages
link to it by URL name ("nieuwsbrief:feed")."""

import datetime

from django.contrib.syndication.views import Feed
from django.http import Http404
from django.utils import timezone

from core.feeds import TekstAtomFeed

from .wijzigingen import Wijzigingen

DAGEN = 180
AANTAL = 50


class VolgFeed(Feed):
    feed_type = TekstAtomFeed

    def get_object(self, request, soort, pk):
        from kennisbank.models import DossierPagina, ThemaPagina

        model = {"thema": ThemaPagina, "dossier": DossierPagina}.get(soort)
        if model is None:
            raise Http404("Onbekende soort")
        pagina = model.objects.live().public().filter(pk=pk).first()
        if pagina is None:
            raise Http404("Onbekende pagina")
        tot = timezone.localdate()
        wijziging = Wijzigingen(tot - datetime.timedelta(days=DAGEN), tot).voor(f"{soort}:{pk}")
        pagina.feed_items = (wijziging or {"items": []})["items"][:AANTAL]
        pagina.feed_soort = soort
        return pagina

    def title(self, obj):
        return f"Wijzigingen: {obj.title} – vreemdelingenrecht.be"

    def link(self, obj):
        return obj.url

    def subtitle(self, obj):
        if obj.feed_soort == "thema":
            return "Inhoudelijke bijwerkingen, nieuws en rechtspraak over dit thema en zijn onderwerpen."
        return "Nieuwe wijzigingen, nieuws en rechtspraak in dit dossier."

    def items(self, obj):
        return obj.feed_items

    def item_title(self, item):
        return f"{item['soort_label']}: {item['titel']}"

    def item_description(self, item):
        return item["tekst"]

    def item_link(self, item):
        return item["link"]

    def item_guid(self, item):
        # A theme updated twice links twice to itself: the date makes each entry its own.
        return f"{item['link']}#{item['soort']}-{item['datum']}"

    item_guid_is_permalink = False

    def item_pubdate(self, item):
        datum = datetime.date.fromisoformat(item["datum"])
        return timezone.make_aware(datetime.datetime.combine(datum, datetime.time(12)))
