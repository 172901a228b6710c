"""The group "Moderators" (made by Wagtail's own migration) is called "Moderatoren": the admin
is Dutch. It runs after the migrations of the apps that gave that group its permissions by
name; a migration written after this one names it "Moderatoren"."""

from django.db import migrations


def hernoem(apps, schema_editor, van="Moderators", naar="Moderatoren"):
    Group = apps.get_model("auth", "Group")
    oud = Group.objects.filter(name=van).first()
    if oud is None or Group.objects.filter(name=naar).exists():
        return
    oud.name = naar
    oud.save(update_fields=["name"])


def terug(apps, schema_editor):
    hernoem(apps, schema_editor, van="Moderatoren", naar="Moderators")


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0003_redacteurs_media"),
        ("kennisbank", "0005_synoniemen_rechten"),
        ("rechtspraak", "0003_instanties_en_rechten"),
        ("nieuwsbrief", "0002_rechten"),
    ]
    operations = [migrations.RunPython(hernoem, terug)]
