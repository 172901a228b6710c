"""Empty the page cache when what pages show changes.

Pages: published, unpublished, moved, deleted (not on saving a draft). Other content
(judgments, images, documents, sites, any model of the apps in PAGINA_CACHE_WISSEN_BIJ):
saved or deleted. Draft-state models (snippets with publishing): published or unpublished."""

from django.apps import apps
from django.conf import settings
from django.db.models.signals import post_delete, post_save
from wagtail.models import Page
from wagtail.signals import (
    page_published,
    page_slug_changed,
    page_unpublished,
    post_page_move,
    published,
    unpublished,
)

from .paginacache import leeg_na_commit

_wis_modellen = None


def wis_modellen():
    """The models (not pages) whose changes empty the page cache."""
    global _wis_modellen
    if _wis_modellen is None:
        modellen = set()
        for naam in settings.PAGINA_CACHE_WISSEN_BIJ:
            if "." in naam:
                try:
                    modellen.add(apps.get_model(naam))
                except LookupError:
                    continue
            else:
                try:
                    modellen.update(apps.get_app_config(naam).get_models())
                except LookupError:
                    continue
        _wis_modellen = frozenset(m for m in modellen if not issubclass(m, Page))
    return _wis_modellen


def pagina_gewijzigd(sender, **kwargs):
    leeg_na_commit()


def model_gewijzigd(sender, **kwargs):
    if not kwargs.get("raw"):  # loaddata, fixtures
        leeg_na_commit()


def pagina_verwijderd(sender, instance, **kwargs):
    if isinstance(instance, Page) and instance.live:
        leeg_na_commit()


def verbind():
    """Connect per sender: a post_delete receiver without a sender would make Django fetch
    every row before any bulk delete of any model (no fast delete)."""
    page_published.connect(pagina_gewijzigd, dispatch_uid="paginacache_published")
    page_unpublished.connect(pagina_gewijzigd, dispatch_uid="paginacache_unpublished")
    page_slug_changed.connect(pagina_gewijzigd, dispatch_uid="paginacache_slug")
    post_page_move.connect(pagina_gewijzigd, dispatch_uid="paginacache_move")
    for model in wis_modellen():
        uid = f"paginacache_{model._meta.label_lower}"
        published.connect(model_gewijzigd, sender=model, dispatch_uid=f"{uid}_published")
        unpublished.connect(model_gewijzigd, sender=model, dispatch_uid=f"{uid}_unpublished")
        post_save.connect(model_gewijzigd, sender=model, dispatch_uid=f"{uid}_save")
        post_delete.connect(model_gewijzigd, sender=model, dispatch_uid=f"{uid}_delete")
    for model in apps.get_models():
        if issubclass(model, Page):
            post_delete.connect(
                pagina_verwijderd,
                sender=model,
                dispatch_uid=f"paginacache_{model._meta.label_lower}_delete",
            )
