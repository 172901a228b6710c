"""Editors (Redacteurs) compose and send editions and keep the subscriber list; moderators
may too; coordinators can look."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

RECHTEN = {
    "Redacteurs": {"editie": ["add", "change", "delete", "view"], "abonnee": ["add", "change", "delete", "view"]},
    "Moderators": {"editie": ["add", "change", "delete", "view"], "abonnee": ["add", "change", "delete", "view"]},
    "Coördinatoren": {"editie": ["view"], "abonnee": ["view"]},
}


def laad(apps, schema_editor):
    app_config = apps.get_app_config("nieuwsbrief")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for groep_naam, per_model in RECHTEN.items():
        groep = Group.objects.filter(name=groep_naam).first()
        if not groep:
            continue
        for model, acties in per_model.items():
            for actie in acties:
                perm = Permission.objects.filter(
                    content_type__app_label="nieuwsbrief", codename=f"{actie}_{model}"
                ).first()
                if perm:
                    groep.permissions.add(perm)


class Migration(migrations.Migration):
    dependencies = [
        ("nieuwsbrief", "0001_initial"),
        ("core", "0001_groepen"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]
    operations = [migrations.RunPython(laad, migrations.RunPython.noop)]
