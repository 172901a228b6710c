"""The search models now belong to the app zoeken (its migration 0001 took them over with
their tables, rows and permissions): they leave kennisbank's state only. The tables and the
SQL objects that migrations 0003-0006 made stay in the database, under the same names."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("kennisbank", "0010_themapagina_wat_gewijzigd"),
        ("zoeken", "0001_initial"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[],
            state_operations=[
                migrations.DeleteModel(name="Synoniemgroep"),
                migrations.DeleteModel(name="ZoekDocument"),
                migrations.DeleteModel(name="ZoekWoord"),
            ],
        ),
    ]
