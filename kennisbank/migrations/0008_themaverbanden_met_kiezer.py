"""Related theme pages and begrippen of a theme page are chosen with Wagtail's page chooser
(MultipleChooserPanel) instead of a multi-select box of every page: the relations become
ordered link rows (ThemaVerband, ThemaBegrip). Every existing relation is copied, in the order
it was made; so is the latest revision of every theme page (what an editor opens, and what a
draft publishes), so no draft drops its relations. Reversible."""

import django.db.models.deletion
import modelcluster.fields
from django.db import migrations, models

RELATIES = [
    # (old many-to-many field, link model, field on the link that names the page)
    ("gerelateerde_themas", "ThemaVerband", "thema"),
    ("begrippen", "ThemaBegrip", "begrip"),
]


def _oude_rijen(ThemaPagina, veld):
    m2m = ThemaPagina._meta.get_field(veld)
    through = m2m.remote_field.through
    van, naar = f"{m2m.m2m_field_name()}_id", f"{m2m.m2m_reverse_field_name()}_id"
    per_pagina = {}
    for bron, doel in through.objects.order_by("pk").values_list(van, naar):
        per_pagina.setdefault(bron, []).append(doel)
    return per_pagina


def kopieer(apps, schema_editor):
    ThemaPagina = apps.get_model("kennisbank", "ThemaPagina")
    Revision = apps.get_model("wagtailcore", "Revision")
    for veld, model, doel in RELATIES:
        Link = apps.get_model("kennisbank", model)
        for pagina_id, doelen in _oude_rijen(ThemaPagina, veld).items():
            Link.objects.bulk_create(
                Link(pagina_id=pagina_id, sort_order=i, **{f"{doel}_id": pk})
                for i, pk in enumerate(doelen)
            )
    for page in ThemaPagina.objects.exclude(latest_revision=None):
        revisie = Revision.objects.filter(pk=page.latest_revision_id).first()
        if revisie is None:
            continue
        gewijzigd = False
        for veld, _model, doel in RELATIES:
            ids = revisie.content.get(veld)
            if isinstance(ids, list) and all(isinstance(pk, int) for pk in ids):
                revisie.content[veld] = [
                    {"pk": None, "sort_order": i, "pagina": page.pk, doel: pk}
                    for i, pk in enumerate(ids)
                ]
                gewijzigd = True
        if gewijzigd:
            revisie.save(update_fields=["content"])


def terug(apps, schema_editor):
    ThemaPagina = apps.get_model("kennisbank", "ThemaPagina")
    for veld, model, doel in RELATIES:
        Link = apps.get_model("kennisbank", model)
        through = ThemaPagina._meta.get_field(veld).remote_field.through
        m2m = ThemaPagina._meta.get_field(veld)
        van, naar = f"{m2m.m2m_field_name()}_id", f"{m2m.m2m_reverse_field_name()}_id"
        through.objects.bulk_create(
            through(**{van: link.pagina_id, naar: getattr(link, f"{doel}_id")})
            for link in Link.objects.order_by("pagina_id", "sort_order", "pk")
        )


class Migration(migrations.Migration):
    dependencies = [
        ("kennisbank", "0007_in_het_kort_een_bron"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.CreateModel(
            name="ThemaBegrip",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("sort_order", models.IntegerField(blank=True, editable=False, null=True)),
                (
                    "begrip",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="thema_verbanden",
                        to="kennisbank.begrippagina",
                        verbose_name="Begrip",
                    ),
                ),
                (
                    "pagina",
                    modelcluster.fields.ParentalKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="begrippen",
                        to="kennisbank.themapagina",
                    ),
                ),
            ],
            options={
                "verbose_name": "Begrip",
                "verbose_name_plural": "Begrippen",
                "ordering": ["sort_order"],
                "abstract": False,
            },
        ),
        migrations.CreateModel(
            name="ThemaVerband",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("sort_order", models.IntegerField(blank=True, editable=False, null=True)),
                (
                    "pagina",
                    modelcluster.fields.ParentalKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="gerelateerde_themas",
                        to="kennisbank.themapagina",
                    ),
                ),
                (
                    "thema",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="+",
                        to="kennisbank.themapagina",
                        verbose_name="Themapagina",
                    ),
                ),
            ],
            options={
                "verbose_name": "Gerelateerde themapagina",
                "verbose_name_plural": "Gerelateerde themapagina's",
                "ordering": ["sort_order"],
                "abstract": False,
            },
        ),
        migrations.RunPython(kopieer, terug),
        migrations.RemoveField(
            model_name="themapagina",
            name="begrippen",
        ),
        migrations.RemoveField(
            model_name="themapagina",
            name="gerelateerde_themas",
        ),
    ]
