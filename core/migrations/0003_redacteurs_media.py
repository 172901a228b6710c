"""Redacteurs upload and edit documents (PDFs of judgments, annexes) and images.

Wagtail's own data migrations give the add/change permissions on the root collection to
"Editors"; depending on the order in which the migrations ran, the group that 0001 renamed
to Redacteurs kept only "choose". Found by tests/test_permissions.py."""

from django.db import migrations

RECHTEN = [
    ("wagtailimages", "image", ["add_image", "change_image", "choose_image"]),
    ("wagtaildocs", "document", ["add_document", "change_document", "choose_document"]),
]


def geef_rechten(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    redacteurs = Group.objects.filter(name="Redacteurs").first()
    root = Collection.objects.filter(depth=1).first()
    if redacteurs is None or root is None:
        return
    for app_label, model, codenames in RECHTEN:
        content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
        for codename in codenames:
            permission, _ = Permission.objects.get_or_create(
                content_type=content_type, codename=codename, defaults={"name": codename}
            )
            GroupCollectionPermission.objects.get_or_create(
                group=redacteurs, collection=root, permission=permission
            )


def noop(apps, schema_editor):
    pass


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0002_workflow_nl"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
    ]
    operations = [migrations.RunPython(geef_rechten, noop)]
