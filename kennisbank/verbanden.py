"""The one rule for the pages a page links to (related themes, begrippen, news, dossiers), in
`get_context` and templates alike.

A published page reads its relations from the database, but a preview, a revision and the
moderator's preview render a page whose relations live in memory: modelcluster's FakeQuerySet,
which has no `.live()`; a new, unsaved page has no reverse relations at all. So the ids are
collected in Python from whatever the relation is, and the live, public pages are fetched by id,
in the relation's order (or in `order_by`)."""

from django.core.exceptions import ObjectDoesNotExist
from django.db.models import QuerySet


def live_paginas(pagina, relatie, order_by=None, veld=None, aantal=None):
    """The live, public pages that `pagina.<relatie>` names.

    `relatie` is a many-to-many field (its objects are pages), a reverse relation, or a child
    relation of link objects whose page is in `veld` (e.g. a chooser's orderable). Pages keep
    the relation's order unless `order_by` names database fields; `aantal` keeps the first ones."""
    try:
        manager = getattr(pagina, relatie)
    except (ValueError, ObjectDoesNotExist):
        # an unsaved page (the preview of a new page) has no reverse relations yet
        return []
    objecten = manager.all()
    if veld is None:
        kolom, model = "pk", manager.model
    else:
        kolom, model = f"{veld}_id", manager.model._meta.get_field(veld).related_model
    if isinstance(objecten, QuerySet) and order_by:
        # read from the database (a reverse relation, a saved page): let it filter
        ids = objecten.values(kolom)
    else:
        ids = [getattr(obj, kolom) for obj in objecten]
        ids = [pk for pk in ids if pk is not None]
        if not ids:
            return []
    paginas = model.objects.live().public().filter(pk__in=ids)
    if order_by:
        paginas = paginas.order_by(*order_by)
        return list(paginas[:aantal] if aantal else paginas)
    volgorde = {pk: i for i, pk in enumerate(dict.fromkeys(ids))}
    paginas = sorted(paginas, key=lambda page: volgorde[page.pk])
    return paginas[:aantal] if aantal else paginas
