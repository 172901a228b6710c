"""Seed the classification lists (exact labels of the 2024 annual report, countries from
ISO 3166 with Dutch names) and give Juristen and Coördinatoren their permissions.

Juristen: log, list and correct questions. Coördinatoren: also statistics, export, delete
and managing the lists. Both need access to the Wagtail admin; nobody else gets anything.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

from juridesk.lijsten import NIET_ACTIEF, SEED, THEMA, THEMAS, NATIONALITEIT, landen

JURISTEN = [
    ("juridesk", "add_vraag"),
    ("juridesk", "change_vraag"),
    ("juridesk", "view_vraag"),
]
COORDINATOREN = JURISTEN + [
    ("juridesk", "view_waarde"),
    ("juridesk", "delete_vraag"),
    ("juridesk", "statistieken_bekijken"),
    ("juridesk", "vragen_exporteren"),
    ("juridesk", "add_waarde"),
    ("juridesk", "change_waarde"),
]
ADMIN = [("wagtailadmin", "access_admin")]


def seed(apps, schema_editor):
    Waarde = apps.get_model("juridesk", "Waarde")
    for lijst, waarden in SEED.items():
        for i, (code, label) in enumerate(waarden, start=1):
            Waarde.objects.update_or_create(
                lijst=lijst,
                code=code,
                defaults={
                    "label": label,
                    "volgorde": i * 10,
                    "actief": (lijst, code) not in NIET_ACTIEF,
                },
            )
    for i, (code, label, subs) in enumerate(THEMAS, start=1):
        hoofd, _ = Waarde.objects.update_or_create(
            lijst=THEMA, code=code, defaults={"label": label, "volgorde": i * 100}
        )
        for j, (subcode, sublabel) in enumerate(subs, start=1):
            Waarde.objects.update_or_create(
                lijst=THEMA,
                code=f"{code}-{subcode}",
                defaults={"label": sublabel, "volgorde": i * 100 + j, "parent": hoofd},
            )
    Waarde.objects.bulk_create(
        [
            Waarde(lijst=NATIONALITEIT, code=code.lower(), label=label, volgorde=i * 10)
            for i, (code, label) in enumerate(landen(), start=1)
        ],
        ignore_conflicts=True,
    )


def rechten(apps, schema_editor):
    # Only this app's permissions: creating those of every app here would fix their
    # historical model names (e.g. Wagtail's renamed revision model) too early.
    app_config = apps.get_app_config("juridesk")
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
        ("juridesk", "0001_vragen"),
        ("core", "0001_groepen"),
        ("wagtailadmin", "__latest__"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]
    operations = [migrations.RunPython(seed, noop), migrations.RunPython(rechten, noop)]
