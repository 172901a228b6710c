"""Keep the search indexes in step with the judgments: the site search
(zoeken.index), Elasticsearch when configured, and the cached facet counts.

The database's own full-text index needs nothing here: it follows the table by itself
(triggers on SQLite, a generated column on PostgreSQL)."""

import logging

from django.conf import settings
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from core import generaties
from zoeken import index as site_index
from zoeken.registratie import Soort

from . import documents
from .models import Uitspraak

logger = logging.getLogger(__name__)

BRON = "rechtspraak.uitspraak"
# judgments in the site search (registered in apps.py): "Rechtspraak", found by an ECLI or a
# number also when the reader filters on them
UITSPRAAK = Soort("uitspraak", "Rechtspraak", "Rechtspraak", opent_direct=True)
GENERATIE_SLEUTEL = "rechtspraak:generatie"


def generatie() -> int:
    """A number that changes whenever a judgment changes: part of every cache key."""
    return generaties.huidige(GENERATIE_SLEUTEL)


def verhoog_generatie():
    generaties.verhoog(GENERATIE_SLEUTEL)


def site_document(uitspraak) -> dict:
    return {
        "bron": BRON,
        "sleutel": str(uitspraak.pk),
        "type": UITSPRAAK.sleutel,
        "titel": uitspraak.titel,
        "url": uitspraak.get_url(),
        "samenvatting": uitspraak.samenvatting,
        "tekst": uitspraak.tekst,
        "datum": uitspraak.datum,
        "extra_termen": uitspraak.identificatie_termen(),
    }


def site_documenten():
    """Every live judgment as a site search document (a rebuild: zoekindex_bijwerken)."""
    live = Uitspraak.objects.filter(live=True).select_related("instantie")
    for uitspraak in live.iterator(chunk_size=500):
        yield site_document(uitspraak)


def na_wijziging(pks):
    """After a commit that saved these judgments: index the live ones, drop the others."""
    verhoog_generatie()
    uitspraken = {u.pk: u for u in Uitspraak.objects.filter(pk__in=pks).select_related("instantie")}
    live = []
    for pk in pks:
        uitspraak = uitspraken.get(pk)
        if uitspraak is not None and uitspraak.live:
            site_index.indexeer_document(**site_document(uitspraak))
            live.append(uitspraak)
        else:
            site_index.verwijder_document(bron=BRON, sleutel=str(pk))
    if settings.ELASTICSEARCH_URL:
        weg = [pk for pk in pks if pk not in {u.pk for u in live}]
        try:
            documents.indexeer(live, verwijder_pks=weg)
        except Exception:  # the cluster being away must not break saving in the admin
            logger.exception("Elasticsearch: uitspraken %s niet bijgewerkt", pks)


def bulk_indexeer(pks, voortgang=None):
    """Fast path after a bulk import: the site search and Elasticsearch in batches."""
    verhoog_generatie()
    pks = list(pks)
    stap = 1000
    bulk = getattr(site_index, "indexeer_documenten", None)
    for start in range(0, len(pks), stap):
        deel = list(
            Uitspraak.objects.filter(pk__in=pks[start : start + stap], live=True)
            .select_related("instantie")
            .prefetch_related("themas")
        )
        if bulk:
            bulk([site_document(u) for u in deel])
        else:
            for uitspraak in deel:
                site_index.indexeer_document(**site_document(uitspraak))
        if settings.ELASTICSEARCH_URL:
            documents.indexeer(deel)
        if voortgang:
            voortgang(len(deel))


@receiver(post_save, sender=Uitspraak)
def na_opslaan(sender, instance, raw=False, update_fields=None, **kwargs):
    """A saved judgment whose searchable fields or `live` changed (every field when
    update_fields is not given): the indexes follow after the commit. Not for fixtures."""
    if raw:
        return
    if update_fields is not None and not (Uitspraak.ZOEK_BRONNEN | {"live"}) & set(update_fields):
        return
    verhoog_generatie()  # now, and again after the commit (cached counts)
    pk = instance.pk
    transaction.on_commit(lambda: na_wijziging([pk]))


@receiver(post_delete, sender=Uitspraak)
def na_verwijderen(sender, instance, **kwargs):
    pk = instance.pk
    verhoog_generatie()

    def weg():
        verhoog_generatie()
        site_index.verwijder_document(bron=BRON, sleutel=str(pk))
        if settings.ELASTICSEARCH_URL:
            try:
                documents.indexeer([], verwijder_pks=[pk])
            except Exception:
                logger.exception("Elasticsearch: uitspraak %s niet verwijderd", pk)

    transaction.on_commit(weg)
