"""Who may act on the follow-up screen: Redacteurs and Moderatoren promote a page for a
query (Wagtail's search promotions); Coördinatoren may too, and add synonyms."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

PROMOTIES = ["add_searchpromotion", "change_searchpromotion", "view_searchpromotion"]
SYNONIEMEN = ["add_synoniemgroep", "change_synoniemgroep", "view_synoniemgroep"]


def rechten(apps, schema_editor):
    for label in ("wagtailsearchpromotions", "zoeken"):
        config = apps.get_app_config(label)
        config.models_module = True
        create_permissions(config, apps=apps, verbosity=0)
        config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    promoties = Permission.objects.filter(
        content_type__app_label="wagtailsearchpromotions", codename__in=PROMOTIES
    )
    synoniemen = Permission.objects.filter(content_type__app_label="zoeken", codename__in=SYNONIEMEN)
    for naam in ("Redacteurs", "Moderatoren", "Moderators"):
        for groep in Group.objects.filter(name=naam):
            groep.permissions.add(*promoties)
    for groep in Group.objects.filter(name="Coördinatoren"):
        groep.permissions.add(*promoties, *synoniemen)


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0001_groepen"),
        ("zoeken", "0002_zoeklog"),
        ("wagtailsearchpromotions", "__latest__"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]
    operations = [migrations.RunPython(rechten, migrations.RunPython.noop)]
