"""Editors maintain the synonym list: Redacteurs and Moderators may view, add, change and
delete synonym groups (the issue asks for a list "that editors maintain in the admin";
until now only superusers could)."""

from django.db import migrations

GROEPEN = ("Redacteurs", "Moderators")
ACTIES = ("view", "add", "change", "delete")


def geef_rechten(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    # permissions are made after all migrations ran: make the ones needed here now
    content_type, _ = ContentType.objects.get_or_create(
        app_label="kennisbank", model="synoniemgroep"
    )
    rechten = [
        Permission.objects.get_or_create(
            content_type=content_type,
            codename=f"{actie}_synoniemgroep",
            defaults={"name": f"Can {actie} synoniem"},
        )[0]
        for actie in ACTIES
    ]
    for groep in Group.objects.filter(name__in=GROEPEN):
        groep.permissions.add(*rechten)


def noop(apps, schema_editor):
    pass


class Migration(migrations.Migration):
    dependencies = [
        ("kennisbank", "0004_zoekindex_type_token"),
        ("core", "0001_groepen"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]
    operations = [migrations.RunPython(geef_rechten, noop)]
