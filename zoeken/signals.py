"""The site search index rebuilt (`herindexeer_alles`, command `zoekindex_bijwerken`), and the
synonym list's changes followed. The pages are followed in paginas.py, what other apps
register (registratie.py) by those apps themselves."""

from django.db.models.signals import post_delete, post_save

from . import analyse, index, omgangstaal, paginas
from .models import Omgangstaal, Synoniemgroep, ZoekDocument
from .registratie import bronnen


def herindexeer_alles() -> dict:
    """Rebuild the whole index from the pages and the registered sources (rechtspraak's
    judgments). Returns counts per type."""
    index.leeg_index()
    index.indexeer_documenten(paginas.pagina_documenten())
    for bron in bronnen():
        index.indexeer_documenten(bron.documenten())
    tellingen = {}
    for soort in ZoekDocument.objects.values_list("type", flat=True):
        tellingen[soort] = tellingen.get(soort, 0) + 1
    return tellingen


def _synoniemen_gewijzigd(sender, **kwargs):
    analyse.wis_synoniemen_cache()
    index.na_wijziging()


post_save.connect(_synoniemen_gewijzigd, sender=Synoniemgroep, dispatch_uid="zoek_syn_save")
post_delete.connect(_synoniemen_gewijzigd, sender=Synoniemgroep, dispatch_uid="zoek_syn_del")


def _omgangstaal_gewijzigd(sender, **kwargs):
    omgangstaal.wis_cache()
    index.na_wijziging()


post_save.connect(_omgangstaal_gewijzigd, sender=Omgangstaal, dispatch_uid="zoek_omg_save")
post_delete.connect(_omgangstaal_gewijzigd, sender=Omgangstaal, dispatch_uid="zoek_omg_del")
