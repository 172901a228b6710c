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
        objecten = manager.all()
    except (ValueError, ObjectDoesNotExist):
        # an unsaved page (the preview of a new page) has no reverse relations yet
        return []
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


def _koppeling(klasse, veld):
    """(table model, column of the source page, column of the target page, order) of a relation
    named `veld`: a many-to-many field, or a child relation of chosen links (an orderable)."""
    field = klasse._meta.get_field(veld)
    if field.many_to_many:
        through = field.remote_field.through
        van, naar = f"{field.m2m_field_name()}_id", f"{field.m2m_reverse_field_name()}_id"
        return through, van, naar, ("pk",)
    link = field.related_model
    naar = next(
        f.attname
        for f in link._meta.get_fields()
        if f.many_to_one and f.concrete and f.name != field.field.name
    )
    return link, field.field.attname, naar, ("sort_order", "pk")


def relaties(klasse, veld, bron_ids=None):
    """{source id: [target ids, in order]} of a relation of page type `klasse`, in one query."""
    tabel, van, naar, volgorde = _koppeling(klasse, veld)
    rijen = tabel.objects.order_by(*volgorde)
    if bron_ids is not None:
        rijen = rijen.filter(**{f"{van}__in": list(bron_ids)})
    uitkomst = {}
    for bron, doel in rijen.values_list(van, naar):
        uitkomst.setdefault(bron, []).append(doel)
    return uitkomst


def zet_verbanden(pagina, veld, ids):
    """Point `pagina.<veld>` at the pages `ids`, in that order (kept in memory until the page
    or its revision is saved, as an editor's form does)."""
    tabel, _van, naar, _volgorde = _koppeling(type(pagina), veld)
    manager = getattr(pagina, veld)
    if pagina._meta.get_field(veld).many_to_many:
        manager.set([manager.model(pk=pk) for pk in ids])
    else:
        manager.set([tabel(sort_order=i, **{naar: pk}) for i, pk in enumerate(ids)])
