"""Atom feed of the news pages, newest first."""

from django.contrib.syndication.views import Feed

from core.feeds import TekstAtomFeed

from .models import NieuwsPagina


class NieuwsFeed(Feed):
    feed_type = TekstAtomFeed
    title = "Nieuws op vreemdelingenrecht.be"
    link = "/nieuws/"
    subtitle = "Wijzigingen in regelgeving, praktijk en rechtspraak over vreemdelingenrecht en internationaal familierecht."

    def items(self):
        return NieuwsPagina.objects.live().public().order_by("-datum", "-pk")[:30]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.samenvatting

    def item_link(self, item):
        return item.url

    def item_pubdate(self, item):
        return item.first_published_at

    def item_updateddate(self, item):
        return item.last_published_at
