"""The courts that matter for vreemdelingenrecht (docs/DOMEIN.md), the permissions of the groups
on the case-law database, and the moderation workflow for judgments."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

INSTANTIES = [
    # code, naam, afkorting
    ("rvv", "Raad voor Vreemdelingenbetwistingen", "RvV"),
    ("rvs", "Raad van State", "RvS"),
    ("gwh", "Grondwettelijk Hof", "GwH"),
    ("cass", "Hof van Cassatie", "Cass."),
    ("arbh-antwerpen", "Arbeidshof Antwerpen", "Arbh. Antwerpen"),
    ("arbh-brussel", "Arbeidshof Brussel", "Arbh. Brussel"),
    ("arbh-gent", "Arbeidshof Gent", "Arbh. Gent"),
    ("arbrb-antwerpen", "Arbeidsrechtbank Antwerpen", "Arbrb. Antwerpen"),
    ("arbrb-brussel", "Nederlandstalige arbeidsrechtbank Brussel", "Arbrb. Brussel"),
    ("arbrb-gent", "Arbeidsrechtbank Gent", "Arbrb. Gent"),
    ("arbrb-leuven", "Arbeidsrechtbank Leuven", "Arbrb. Leuven"),
    ("hvb-antwerpen", "Hof van beroep Antwerpen", "Antwerpen"),
    ("hvb-brussel", "Hof van beroep Brussel", "Brussel"),
    ("hvb-gent", "Hof van beroep Gent", "Gent"),
    ("rb-antwerpen", "Rechtbank van eerste aanleg Antwerpen", "Rb. Antwerpen"),
    ("rb-brussel", "Nederlandstalige rechtbank van eerste aanleg Brussel", "Rb. Brussel"),
    ("rb-oost-vlaanderen", "Rechtbank van eerste aanleg Oost-Vlaanderen", "Rb. Oost-Vlaanderen"),
    ("rb-west-vlaanderen", "Rechtbank van eerste aanleg West-Vlaanderen", "Rb. West-Vlaanderen"),
    ("rb-leuven", "Rechtbank van eerste aanleg Leuven", "Rb. Leuven"),
    ("rb-limburg", "Rechtbank van eerste aanleg Limburg", "Rb. Limburg"),
    ("fam-antwerpen", "Familierechtbank Antwerpen", "Fam. Antwerpen"),
    ("fam-brussel", "Nederlandstalige familierechtbank Brussel", "Fam. Brussel"),
    ("fam-gent", "Familierechtbank Gent", "Fam. Gent"),
    ("ehrm", "Europees Hof voor de Rechten van de Mens", "EHRM"),
    ("hvj", "Hof van Justitie van de Europese Unie", "HvJ"),
]

RECHTEN = {
    "Redacteurs": {
        "uitspraak": ["add", "change", "delete", "view", "lock"],
        "instantie": ["add", "change", "view"],
    },
    "Moderators": {
        "uitspraak": ["add", "change", "delete", "view", "publish", "lock", "unlock"],
        "instantie": ["add", "change", "delete", "view"],
    },
    "Juristen": {"uitspraak": ["view"], "instantie": ["view"]},
}


def laad(apps, schema_editor):
    Instantie = apps.get_model("rechtspraak", "Instantie")
    for volgorde, (code, naam, afkorting) in enumerate(INSTANTIES, start=1):
        Instantie.objects.get_or_create(
            code=code, defaults={"naam": naam, "afkorting": afkorting, "volgorde": volgorde * 10}
        )

    app_config = apps.get_app_config("rechtspraak")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    # Wagtail adds publish/lock/unlock for snippets only after all migrations: make them now.
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    ct_uitspraak, _ = ContentType.objects.get_or_create(app_label="rechtspraak", model="uitspraak")
    for actie in ("publish", "lock", "unlock"):
        Permission.objects.get_or_create(
            content_type=ct_uitspraak,
            codename=f"{actie}_uitspraak",
            defaults={"name": f"Can {actie} uitspraak"},
        )

    Group = apps.get_model("auth", "Group")
    for groep_naam, per_model in RECHTEN.items():
        groep = Group.objects.filter(name=groep_naam).first()
        if not groep:
            continue
        for model, acties in per_model.items():
            for actie in acties:
                perm = Permission.objects.filter(
                    content_type__app_label="rechtspraak", codename=f"{actie}_{model}"
                ).first()
                if perm:
                    groep.permissions.add(perm)

    # Judgments go through the same moderation as pages.
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowContentType = apps.get_model("wagtailcore", "WorkflowContentType")
    workflow = Workflow.objects.filter(name="Moderators approval", active=True).first()
    if workflow:
        WorkflowContentType.objects.get_or_create(content_type=ct_uitspraak, defaults={"workflow": workflow})


def noop(apps, schema_editor):
    pass


class Migration(migrations.Migration):
    dependencies = [
        ("rechtspraak", "0002_zoekindex"),
        ("core", "0001_groepen"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "__latest__"),
    ]
    operations = [migrations.RunPython(laad, noop)]
