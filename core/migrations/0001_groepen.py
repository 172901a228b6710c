"""The four groups of the project. Wagtail's own migration made "Editors" and
"Moderators" with page permissions and the default approval workflow; Editors becomes
Redacteurs here. Each app gives the groups its own model permissions in its migrations."""

from django.db import migrations

GROEPEN = ["Redacteurs", "Moderators", "Juristen", "Coördinatoren"]


def maak_groepen(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    editors = Group.objects.filter(name="Editors").first()
    if editors and not Group.objects.filter(name="Redacteurs").exists():
        editors.name = "Redacteurs"
        editors.save()
    for naam in GROEPEN:
        Group.objects.get_or_create(name=naam)


def noop(apps, schema_editor):
    pass


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0006_formstate"),
        # Wagtail's image and document migrations give "Editors" its permissions by name:
        # they must run before Editors becomes Redacteurs, whatever order the plan picks.
        ("wagtailimages", "0001_squashed_0021"),
        ("wagtaildocs", "0002_initial_data"),
    ]
    operations = [migrations.RunPython(maak_groepen, noop)]
