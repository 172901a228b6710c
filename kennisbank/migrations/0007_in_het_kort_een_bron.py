"""'In het kort' has one source on theme pages and dossiers: their field. An 'In het kort'
block in the body joins the field (a theme page's plain text gets one line per paragraph or
list item; a dossier's rich text keeps its markup), unless the field already says it, and the
block goes. The live pages and their latest revision (what the editor opens) are updated."""

import json

from django.db import migrations

from kennisbank.blocks import verenig_in_het_kort

VELDEN = {"ThemaPagina": ("samenvatting", True), "DossierPagina": ("in_het_kort", False)}


def _in_revisie(content, veld, als_tekst):
    """The same in a revision's content, where a body is stored as a JSON string."""
    body = content.get("body") or "[]"
    als_string = isinstance(body, str)
    verenigd = verenig_in_het_kort(
        content.get(veld), json.loads(body) if als_string else body, als_tekst
    )
    if not verenigd:
        return False
    content[veld] = verenigd[0]
    content["body"] = json.dumps(verenigd[1]) if als_string else verenigd[1]
    return True


def verenig(apps, schema_editor):
    Revision = apps.get_model("wagtailcore", "Revision")
    for naam, (veld, als_tekst) in VELDEN.items():
        Model = apps.get_model("kennisbank", naam)
        for page in Model.objects.all():
            verenigd = verenig_in_het_kort(
                getattr(page, veld), page.body.get_prep_value(), als_tekst
            )
            if verenigd:
                waarde, blokken = verenigd
                setattr(page, veld, waarde)
                page.body = blokken
                page.save(update_fields=[veld, "body"])
            if page.latest_revision_id:
                revisie = Revision.objects.filter(pk=page.latest_revision_id).first()
                if revisie and _in_revisie(revisie.content, veld, als_tekst):
                    revisie.save(update_fields=["content"])


def noop(apps, schema_editor):
    pass


class Migration(migrations.Migration):
    dependencies = [
        ("kennisbank", "0006_zoekvector_tabel"),
        ("wagtailcore", "0098_apitoken"),
    ]
    operations = [migrations.RunPython(verenig, noop)]
