"""A judgment's source: an optional link to its page on the court's site or Juportal.
Existing judgments get an empty link (no data changes).

On SQLite, adding a NOT NULL column makes Django rebuild the judgments table, which drops
the triggers that keep the full-text table (migration 0002) in step: they are created
again right after, so judgments saved after this migration stay searchable. The full-text
table itself keeps its rows (same ids, same tokens)."""

import importlib

from django.db import migrations

import rechtspraak.models


def triggers_terug(apps, schema_editor):
    if schema_editor.connection.vendor != "sqlite":
        return
    zoekindex = importlib.import_module("rechtspraak.migrations.0002_zoekindex")
    for sql in zoekindex.SQLITE:
        if sql.lstrip().startswith("CREATE TRIGGER"):
            schema_editor.execute(sql)


class Migration(migrations.Migration):
    dependencies = [
        ("rechtspraak", "0008_facetindexen_weg"),
    ]

    operations = [
        # (reversed: removing the column rebuilds the table too)
        migrations.RunPython(migrations.RunPython.noop, triggers_terug),
        migrations.AddField(
            model_name="uitspraak",
            name="bron_url",
            field=rechtspraak.models.Webadresveld(
                blank=True,
                help_text=(
                    "Waar de uitspraak zelf staat: de site van de instantie of Juportal, bv. "
                    "https://juportal.be/content/ECLI:BE:RVV:2024:ARR.301234/NL. Leeg laten "
                    "als er geen is."
                ),
                max_length=500,
                verbose_name="Bron (webadres)",
            ),
        ),
        migrations.RunPython(triggers_terug, migrations.RunPython.noop),
    ]
