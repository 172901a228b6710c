"""Atom feed of new judgments: /rechtspraak/feed/, per theme (?thema=<pad or id>) or court
(?instantie=<code or abbreviation>)."""

import datetime
from urllib.parse import urlencode

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.http import Http404
from django.utils import timezone

from core.feeds import TekstAtomFeed

from .models import Instantie, Uitspraak, thema_pad
from .zoekvraag import _lees_instanties, _schoon, themas_voor

AANTAL = 30


class UitspraakFeed(Feed):
    feed_type = TekstAtomFeed

    def get_object(self, request):
        filters = {"thema": None, "instantie": None}
        thema = _schoon(request.GET.get("thema", ""))[:200]
        if thema:
            gevonden, _ = themas_voor([thema])
            if not gevonden:
                raise Http404("Onbekend thema")
            filters["thema"] = next(iter(gevonden.values()))
        instantie = _schoon(request.GET.get("instantie", ""))[:200]
        if instantie:
            gevonden, _ = _lees_instanties([instantie])
            if not gevonden:
                raise Http404("Onbekende instantie")

            filters["instantie"] = Instantie.objects.get(pk=next(iter(gevonden)))
        return filters

    def title(self, obj):
        delen = ["Nieuwe rechtspraak op vreemdelingenrecht.be"]
        if obj["thema"]:
            delen.append(f"thema {obj['thema'].title}")
        if obj["instantie"]:
            delen.append(obj["instantie"].naam)
        return " – ".join(delen)

    def subtitle(self, obj):
        return "Geselecteerde vonnissen en arresten over vreemdelingenrecht, nieuwste eerst."

    def _query(self, obj):
        """The filters as the search page writes them (theme pad, court code)."""
        paren = []
        if obj["thema"]:
            paren.append(("thema", thema_pad(obj["thema"]) or str(obj["thema"].pk)))
        if obj["instantie"]:
            paren.append(("instantie", obj["instantie"].code))
        return "?" + urlencode(paren) if paren else ""

    def link(self, obj):
        return "/rechtspraak/" + self._query(obj)

    def feed_url(self, obj):
        """rel="self": this feed, with its filters (a reader that follows it keeps them)."""
        return "/rechtspraak/feed/" + self._query(obj)

    def items(self, obj):
        qs = Uitspraak.objects.filter(live=True).select_related("instantie")
        if obj["thema"]:
            qs = qs.filter(themas__path__startswith=obj["thema"].path).distinct()
        if obj["instantie"]:
            qs = qs.filter(instantie=obj["instantie"])
        return qs.order_by("-gepubliceerd_op", "-pk")[:AANTAL]

    def item_title(self, item):
        return f"{item.titel} ({item.referentie})"

    def item_description(self, item):
        return item.samenvatting

    def item_link(self, item):
        return item.get_url()

    def item_guid(self, item):
        return settings.SITE_URL + f"/rechtspraak/{item.pk}/"

    item_guid_is_permalink = False

    def item_pubdate(self, item):
        return item.first_published_at or _middag(item.gepubliceerd_op)

    def item_updateddate(self, item):
        return item.last_published_at or self.item_pubdate(item)

    def item_categories(self, item):
        return [item.instantie.naam, *item.trefwoorden_lijst]


def _middag(datum):
    return timezone.make_aware(datetime.datetime.combine(datum, datetime.time(12)))
