"""Link judgments to the moderation workflow.

0003 looked the workflow up by Wagtail's English name, but core.0002 renames it to Dutch;
when core.0002 ran first (a fresh database), judgments were left without moderation."""

from django.db import migrations

NAMEN = ["Redactie: goedkeuring door moderator", "Moderators approval"]


def koppel(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowContentType = apps.get_model("wagtailcore", "WorkflowContentType")
    workflow = Workflow.objects.filter(name__in=NAMEN, active=True).first()
    if not workflow:
        return
    ct, _ = ContentType.objects.get_or_create(app_label="rechtspraak", model="uitspraak")
    WorkflowContentType.objects.get_or_create(content_type=ct, defaults={"workflow": workflow})


class Migration(migrations.Migration):
    dependencies = [
        ("rechtspraak", "0005_dekkende_indexen"),
        ("core", "0002_workflow_nl"),
    ]
    operations = [migrations.RunPython(koppel, migrations.RunPython.noop)]
