"""Replace Wagtail's welcome page by the home page and the fixed section pages
(nieuws, dossiers, begrippen, juridesk), so a fresh database is a working site."""

from django.db import migrations

SECTIES = [
    ("nieuwsindexpagina", "Nieuws", "nieuws"),
    ("dossierindexpagina", "Dossiers", "dossiers"),
    ("lexiconpagina", "Begrippen", "begrippen"),
    ("jurideskpagina", "Juridesk", "juridesk"),
]


def maak_startpagina(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Page = apps.get_model("wagtailcore", "Page")
    Site = apps.get_model("wagtailcore", "Site")
    Locale = apps.get_model("wagtailcore", "Locale")
    HomePage = apps.get_model("kennisbank", "HomePage")
    if HomePage.objects.exists():
        return
    Page.objects.filter(depth=2, slug="home", content_type__app_label="wagtailcore").delete()
    root = Page.objects.get(depth=1)
    locale = Locale.objects.first()

    def ct(model):
        return ContentType.objects.get_or_create(app_label="kennisbank", model=model)[0]

    siblings = Page.objects.filter(depth=2).count()
    home_path = root.path + f"{siblings + 1:04d}"
    home = HomePage.objects.create(
        title="Vreemdelingenrecht",
        draft_title="Vreemdelingenrecht",
        slug="home",
        content_type=ct("homepage"),
        path=home_path,
        depth=2,
        numchild=len(SECTIES),
        url_path="/home/",
        locale=locale,
        intro=(
            "De kennisbank over de rechtspositie van vreemdelingen in België, voor wie er "
            "beroepsmatig mee werkt."
        ),
    )
    root.numchild = Page.objects.filter(depth=2).count()
    root.save()
    for index, (model, titel, slug) in enumerate(SECTIES, start=1):
        Model = apps.get_model("kennisbank", model)
        Model.objects.create(
            title=titel,
            draft_title=titel,
            slug=slug,
            content_type=ct(model),
            path=home_path + f"{index:04d}",
            depth=3,
            numchild=0,
            url_path=f"/home/{slug}/",
            locale=locale,
        )
    Site.objects.filter(is_default_site=True).delete()
    Site.objects.create(
        hostname="localhost",
        port=80,
        root_page_id=home.pk,
        is_default_site=True,
        site_name="vreemdelingenrecht.be",
    )


def noop(apps, schema_editor):
    pass


class Migration(migrations.Migration):
    dependencies = [
        ("kennisbank", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
    ]
    operations = [migrations.RunPython(maak_startpagina, noop)]
