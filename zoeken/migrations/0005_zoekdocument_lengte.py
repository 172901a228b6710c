"""The document length in tokens (BM25 on PostgreSQL, backends.PostgresBackend), filled for
the documents indexed before. Nullable, so SQLite adds the column in place instead of
rebuilding the table (which would drop the FTS5 triggers on it)."""

from django.db import migrations, models

TOKENVELDEN = ("tokens_titel", "tokens_samenvatting", "tokens_tekst", "tokens_extra")


def vul_lengte(apps, schema_editor):
    ZoekDocument = apps.get_model("zoeken", "ZoekDocument")
    rij = []
    for doc in ZoekDocument.objects.only("id", *TOKENVELDEN).iterator(chunk_size=500):
        doc.lengte = sum(len(getattr(doc, k).split()) for k in TOKENVELDEN)
        rij.append(doc)
        if len(rij) >= 500:
            ZoekDocument.objects.bulk_update(rij, ["lengte"])
            rij = []
    if rij:
        ZoekDocument.objects.bulk_update(rij, ["lengte"])


class Migration(migrations.Migration):
    dependencies = [
        ("zoeken", "0004_zoeklog_indexen_opvolging"),
    ]

    operations = [
        migrations.AddField(
            model_name="zoekdocument",
            name="lengte",
            field=models.PositiveIntegerField(blank=True, null=True),
        ),
        migrations.RunPython(vul_lengte, migrations.RunPython.noop, elidable=True),
    ]
