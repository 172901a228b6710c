"""Seed the sectors of trainings and coaching and give the groups their permissions.

Juristen: record trainings and coaching (add, change, view) and see the sectors.
Coördinatoren: also delete them, manage the sectors, enter the figures from outside the site
and see and make the annual report. Nobody else gets anything: nothing here is public.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

from jaarverslag.lijsten import SECTOREN

OPNEMEN = [
    ("jaarverslag", f"{actie}_{model}")
    for model in ("vorming", "begeleiding", "activiteit")
    for actie in ("add", "change", "view")
]
JURISTEN = OPNEMEN + [("jaarverslag", "view_sector")]
COORDINATOREN = (
    JURISTEN
    + [("jaarverslag", f"delete_{model}") for model in ("vorming", "begeleiding", "activiteit")]
    + [("jaarverslag", f"{actie}_sector") for actie in ("add", "change")]
    + [("jaarverslag", f"{actie}_externecijfers") for actie in ("add", "change", "view")]
    + [("jaarverslag", "jaarverslag_maken")]
)
ADMIN = [("wagtailadmin", "access_admin")]


def seed(apps, schema_editor):
    Sector = apps.get_model("jaarverslag", "Sector")
    for i, label in enumerate(SECTOREN, start=1):
        Sector.objects.update_or_create(label=label, defaults={"volgorde": i * 10})


def rechten(apps, schema_editor):
    # Only this app's permissions (see juridesk's 0002 for why not every app's).
    app_config = apps.get_app_config("jaarverslag")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")

    def perms(paren):
        return [
            Permission.objects.get(content_type__app_label=app, codename=codename)
            for app, codename in paren
        ]

    for naam, paren in [("Juristen", JURISTEN + ADMIN), ("Coördinatoren", COORDINATOREN + ADMIN)]:
        groep, _ = Group.objects.get_or_create(name=naam)
        groep.permissions.add(*perms(paren))


def noop(apps, schema_editor):
    pass


class Migration(migrations.Migration):
    dependencies = [
        ("jaarverslag", "0001_vormingen_begeleidingen"),
        ("core", "0001_groepen"),
        ("wagtailadmin", "__latest__"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]
    operations = [migrations.RunPython(seed, noop), migrations.RunPython(rechten, noop)]
