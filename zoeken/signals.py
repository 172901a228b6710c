"""Keeps the site search index in step with the pages: a page enters the index when it is
published (again), leaves it when it is unpublished or deleted, and its URL follows a move.
`herindexeer_alles` rebuilds everything (command `zoekindex_bijwerken`)."""

import importlib
import logging

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.utils.html import strip_tags
from wagtail.models import Page, PageViewRestriction
from wagtail.rich_text import get_text_for_indexing
from wagtail.signals import page_published, page_unpublished, post_page_move

from . import analyse, index

logger = logging.getLogger(__name__)

BRON = "wagtailcore.page"


def _rich(value) -> str:
    if not value:
        return ""
    try:
        return get_text_for_indexing(str(value))
    except Exception:
        return strip_tags(str(value))


def _stream(value) -> str:
    """The searchable text of a StreamField (headings, rich text, FAQ, notices, tables)."""
    if not value:
        return ""
    try:
        stukken = value.stream_block.get_searchable_content(value)
    except Exception:
        logger.exception("StreamField-tekst kon niet gelezen worden")
        return ""
    return "\n".join(_rich(s) if "<" in str(s) else str(s) for s in stukken if s)


def _paginatypes():
    from kennisbank import models as m

    return {
        m.ThemaPagina: "thema",
        m.NieuwsPagina: "nieuws",
        m.DossierPagina: "dossier",
        m.BegripPagina: "begrip",
        m.JurideskPagina: "thema",
    }


def document_voor_pagina(page) -> dict | None:
    """The keyword arguments of `indexeer_document` for a page, or None when the page does
    not belong in the public index (another type, not live, behind a view restriction)."""
    page = page.specific
    soort = next((t for cls, t in _paginatypes().items() if isinstance(page, cls)), None)
    if soort is None or not page.live:
        return None
    if PageViewRestriction.objects.filter(page__in=page.get_ancestors(inclusive=True)).exists():
        return None
    samenvatting, tekst, datum = "", "", None
    if soort == "thema" and hasattr(page, "samenvatting"):
        samenvatting = page.samenvatting or page.search_description
        tekst = _stream(page.body)
        datum = page.laatst_bijgewerkt
    elif soort == "thema":  # the juridesk page
        samenvatting = _rich(page.intro) or page.search_description
        tekst = "\n".join([page.bereikbaarheid, _stream(page.body)])
    elif soort == "nieuws":
        samenvatting = page.samenvatting or page.search_description
        tekst = _stream(page.body)
        datum = page.datum
    elif soort == "dossier":
        samenvatting = _rich(page.in_het_kort) or page.search_description
        tekst = "\n".join([_stream(page.wijzigingen), _stream(page.body)])
    elif soort == "begrip":
        samenvatting = _rich(page.definitie)
    try:
        url = page.get_url() or page.url_path
    except Exception:
        url = page.url_path
    return {
        "bron": BRON,
        "sleutel": str(page.pk),
        "type": soort,
        "titel": page.title,
        "url": url,
        "samenvatting": samenvatting or "",
        "tekst": tekst,
        "datum": datum,
        "extra_termen": page.seo_title or "",
    }


def indexeer_pagina(page) -> bool:
    """Put a page in the index, or take it out when it does not belong there."""
    document = document_voor_pagina(page)
    if document is None:
        index.verwijder_document(bron=BRON, sleutel=str(page.pk))
        return False
    index.indexeer_document(**document)
    return True


def pagina_documenten():
    """Every page that belongs in the index, as documents (for a rebuild)."""
    for page in Page.objects.live().specific().iterator(chunk_size=500):
        document = document_voor_pagina(page)
        if document:
            yield document


def rechtspraak_documenten():
    """Judgments: from `rechtspraak.search.alle_zoekdocumenten()` (a generator of
    `indexeer_document` keyword arguments) when the rechtspraak app offers it, otherwise
    from its live judgments through `rechtspraak.indexering.site_document`."""
    for naam in ("rechtspraak.search", "rechtspraak.indexering"):
        try:
            module = importlib.import_module(naam)
        except ImportError:
            continue
        functie = getattr(module, "alle_zoekdocumenten", None)
        if functie is not None:
            yield from functie()
            return
    try:
        from rechtspraak.indexering import site_document
        from rechtspraak.models import Uitspraak
    except ImportError:
        return
    qs = Uitspraak.objects.select_related("instantie")
    if hasattr(Uitspraak, "live"):
        qs = qs.filter(live=True)
    for uitspraak in qs.iterator(chunk_size=500):
        yield site_document(uitspraak)


def herindexeer_alles() -> dict:
    """Rebuild the whole index from the pages and the judgments. Returns counts per type."""
    from .models import ZoekDocument

    index.leeg_index()
    index.indexeer_documenten(pagina_documenten())
    index.indexeer_documenten(rechtspraak_documenten())
    tellingen = {}
    for soort in ZoekDocument.objects.values_list("type", flat=True):
        tellingen[soort] = tellingen.get(soort, 0) + 1
    return tellingen


# --- signal handlers -----------------------------------------------------------------------


def _veilig(actie, page):
    try:
        actie(page)
    except Exception:
        # publishing must not fail on the search index; the nightly rebuild repairs it
        logger.exception("zoekindex niet bijgewerkt voor pagina %s", getattr(page, "pk", "?"))


@receiver(page_published)
def bij_publiceren(sender, instance, **kwargs):
    _veilig(indexeer_pagina, instance)


@receiver(page_unpublished)
def bij_depubliceren(sender, instance, **kwargs):
    _veilig(lambda p: index.verwijder_document(bron=BRON, sleutel=str(p.pk)), instance)


def bij_verwijderen(sender, instance, **kwargs):
    if instance.pk is not None:
        _veilig(lambda p: index.verwijder_document(bron=BRON, sleutel=str(p.pk)), instance)


def _verbind_verwijderen():
    # per page model, not for every model: a post_delete receiver without a sender would
    # take Django's fast bulk delete away from every table of the project
    for model in [Page, *_paginatypes()]:
        post_delete.connect(
            bij_verwijderen, sender=model, dispatch_uid=f"zoek_del_{model.__name__}"
        )


@receiver(post_page_move)
def bij_verplaatsen(sender, instance, **kwargs):
    def herindexeer(page):
        for p in Page.objects.descendant_of(page, inclusive=True).live().specific():
            indexeer_pagina(p)

    _veilig(herindexeer, instance)


def _synoniemen_gewijzigd(sender, **kwargs):
    analyse.wis_synoniemen_cache()
    index.na_wijziging()


def _verbind_synoniemen():
    from .models import Synoniemgroep

    post_save.connect(_synoniemen_gewijzigd, sender=Synoniemgroep, dispatch_uid="zoek_syn_save")
    post_delete.connect(_synoniemen_gewijzigd, sender=Synoniemgroep, dispatch_uid="zoek_syn_del")


_verbind_synoniemen()
_verbind_verwijderen()
