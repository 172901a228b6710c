"""Keeps the site search index in step with the pages: a page enters the index when it is
published (again), leaves it when it is unpublished or deleted, and its URL follows a move.

Which pages: the page types an app registers from its AppConfig.ready() with
`registreer_paginatype(model, soort)` (kennisbank: its theme, news, dossier, lexicon and
juridesk pages). What of a page is searched, the page model says itself: its `zoekvelden()`
returns the summary, the text and the date (`platte_tekst` and `streamveld_tekst` read rich
text and StreamFields as the index wants them). zoeken imports no app."""

import logging

from django.db.models.signals import post_delete
from django.dispatch import receiver
from django.utils.html import strip_tags
from wagtail.models import Page, PageViewRestriction
from wagtail.rich_text import get_text_for_indexing
from wagtail.signals import page_published, page_unpublished, post_page_move

from . import index
from .registratie import Soort, registreer_soort

logger = logging.getLogger(__name__)

BRON = "wagtailcore.page"
_PAGINATYPES: dict[type, Soort] = {}


def platte_tekst(value) -> str:
    """Rich text (HTML) as the plain text the index reads."""
    if not value:
        return ""
    try:
        return get_text_for_indexing(str(value))
    except Exception:
        return strip_tags(str(value))


def streamveld_tekst(value) -> str:
    """The searchable text of a StreamField (headings, rich text, FAQ, notices, tables)."""
    if not value:
        return ""
    try:
        stukken = value.stream_block.get_searchable_content(value)
    except Exception:
        logger.exception("StreamField-tekst kon niet gelezen worden")
        return ""
    return "\n".join(platte_tekst(s) if "<" in str(s) else str(s) for s in stukken if s)


def registreer_paginatype(model, soort: Soort) -> None:
    """Index the live, public pages of `model` as results of kind `soort`. The model gives
    `zoekvelden()`: a dict with `samenvatting`, `tekst` and `datum`, and optionally `vragen`
    (the questions of its FAQ, weighed as its title); each may be empty."""
    registreer_soort(soort)
    _PAGINATYPES[model] = soort
    # per page model, not for every model: a post_delete receiver without a sender would
    # take Django's fast bulk delete away from every table of the project
    for afzender in (Page, model):
        post_delete.connect(
            bij_verwijderen, sender=afzender, dispatch_uid=f"zoek_del_{afzender.__name__}"
        )


def _soort_van(page) -> Soort | None:
    return next((s for cls, s in _PAGINATYPES.items() if isinstance(page, cls)), None)


def soort_van_pagina(page) -> Soort | None:
    """The registered kind of a page, also of a plain `Page` row (by its specific class,
    without loading the specific page)."""
    klasse = page.specific_class or type(page)
    return next((s for cls, s in _PAGINATYPES.items() if issubclass(klasse, cls)), None)


def document_voor_pagina(page) -> dict | None:
    """The keyword arguments of `indexeer_document` for a page, or None when the page does
    not belong in the public index (another type, not live, behind a view restriction)."""
    page = page.specific
    soort = _soort_van(page)
    if soort is None or not page.live:
        return None
    if PageViewRestriction.objects.filter(page__in=page.get_ancestors(inclusive=True)).exists():
        return None
    velden = page.zoekvelden()
    try:
        url = page.get_url() or page.url_path
    except Exception:
        url = page.url_path
    return {
        "bron": BRON,
        "sleutel": str(page.pk),
        "type": soort.sleutel,
        "titel": page.title,
        "url": url,
        "samenvatting": velden.get("samenvatting") or "",
        "tekst": velden.get("tekst") or "",
        "datum": velden.get("datum"),
        "extra_termen": page.seo_title or "",
        # the questions readers ask about the page (its FAQ): weighed as its title
        "vragen": velden.get("vragen") or "",
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


# --- signal handlers -----------------------------------------------------------------------


def _veilig(actie, page):
    try:
        actie(page)
    except Exception:
        # publishing must not fail on the search index; the nightly rebuild repairs it
        logger.exception("zoekindex niet bijgewerkt voor pagina %s", getattr(page, "pk", "?"))


def _uit_de_index(page):
    index.verwijder_document(bron=BRON, sleutel=str(page.pk))


@receiver(page_published)
def bij_publiceren(sender, instance, **kwargs):
    _veilig(indexeer_pagina, instance)


@receiver(page_unpublished)
def bij_depubliceren(sender, instance, **kwargs):
    _veilig(_uit_de_index, instance)


def bij_verwijderen(sender, instance, **kwargs):
    if instance.pk is not None:
        _veilig(_uit_de_index, instance)


@receiver(post_page_move)
def bij_verplaatsen(sender, instance, **kwargs):
    def herindexeer(page):
        for p in Page.objects.descendant_of(page, inclusive=True).live().specific():
            indexeer_pagina(p)

    _veilig(herindexeer, instance)
