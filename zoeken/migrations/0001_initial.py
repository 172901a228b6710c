"""Search becomes an app of its own: the models that kennisbank's migrations 0003-0006 made
(and the SQL objects around them: the FTS5 table and its triggers on SQLite, the vector table
on PostgreSQL) are taken over as they are. Only Django's state changes: the tables keep their
kennisbank_* names (Meta.db_table), no row moves. What does move are the content types, so
that the permissions on them (Redacteurs and Moderatoren manage synonyms, kennisbank 0005)
stay attached to the same groups. kennisbank 0010 drops the models from kennisbank's state."""

from django.db import migrations, models

MODELLEN = ("synoniemgroep", "zoekdocument", "zoekwoord")


def verhuis_inhoudstypes(apps, schema_editor, van="kennisbank", naar="zoeken"):
    ContentType = apps.get_model("contenttypes", "ContentType")
    db = schema_editor.connection.alias
    for model in MODELLEN:
        if ContentType.objects.using(db).filter(app_label=naar, model=model).exists():
            continue  # already there (made by post_migrate): leave both as they are
        ContentType.objects.using(db).filter(app_label=van, model=model).update(app_label=naar)


def terug(apps, schema_editor):
    verhuis_inhoudstypes(apps, schema_editor, van="zoeken", naar="kennisbank")


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("kennisbank", "0009_nieuwsdatum_volgt_planning"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[],
            state_operations=[
                migrations.CreateModel(
                    name="Synoniemgroep",
                    fields=[
                        ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                        ("termen", models.TextField(help_text="Termen en afkortingen die hetzelfde betekenen, gescheiden door komma's, bv. 'RvV, Raad voor Vreemdelingenbetwistingen'. Wie naar één ervan zoekt, vindt ook de andere.", verbose_name="Termen")),
                        ("opmerking", models.CharField(blank=True, max_length=200, verbose_name="Opmerking")),
                        ("actief", models.BooleanField(default=True, verbose_name="Actief")),
                    ],
                    options={
                        "verbose_name": "Synoniem",
                        "verbose_name_plural": "Synoniemen",
                        "db_table": "kennisbank_synoniemgroep",
                        "ordering": ["termen"],
                    },
                ),
                migrations.CreateModel(
                    name="ZoekWoord",
                    fields=[
                        ("woord", models.CharField(max_length=60, primary_key=True, serialize=False)),
                        ("aantal", models.PositiveIntegerField(default=1)),
                    ],
                    options={
                        "verbose_name": "Zoekwoord",
                        "verbose_name_plural": "Zoekwoorden",
                        "db_table": "kennisbank_zoekwoord",
                    },
                ),
                migrations.CreateModel(
                    name="ZoekDocument",
                    fields=[
                        ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                        ("bron", models.CharField(max_length=60)),
                        ("sleutel", models.CharField(max_length=100)),
                        ("type", models.CharField(db_index=True, max_length=20)),
                        ("titel", models.CharField(max_length=500)),
                        ("titel_norm", models.CharField(db_index=True, max_length=500)),
                        ("url", models.CharField(max_length=500)),
                        ("samenvatting", models.TextField(blank=True)),
                        ("tekst", models.TextField(blank=True)),
                        ("datum", models.DateField(blank=True, null=True)),
                        ("extra_termen", models.TextField(blank=True)),
                        ("tokens_titel", models.TextField(blank=True)),
                        ("tokens_samenvatting", models.TextField(blank=True)),
                        ("tokens_tekst", models.TextField(blank=True)),
                        ("tokens_extra", models.TextField(blank=True)),
                        ("bijgewerkt", models.DateTimeField(auto_now=True)),
                    ],
                    options={
                        "verbose_name": "Zoekdocument",
                        "verbose_name_plural": "Zoekdocumenten",
                        "db_table": "kennisbank_zoekdocument",
                        "constraints": [models.UniqueConstraint(fields=("bron", "sleutel"), name="zoekdocument_bron_sleutel")],
                    },
                ),
            ],
        ),
        migrations.RunPython(verhuis_inhoudstypes, terug),
    ]
