"""Wagtail's default approval workflow, in Dutch: a redacteur submits, a moderator approves."""

from django.db import migrations


def vertaal(apps, schema_editor):
    Workflow = apps.get_model("wagtailcore", "Workflow")
    Task = apps.get_model("wagtailcore", "Task")
    Workflow.objects.filter(name="Moderators approval").update(name="Redactie: goedkeuring door moderator")
    Task.objects.filter(name="Moderators approval").update(name="Goedkeuring door moderator")


def noop(apps, schema_editor):
    pass


class Migration(migrations.Migration):
    dependencies = [("core", "0001_groepen")]
    operations = [migrations.RunPython(vertaal, noop)]
