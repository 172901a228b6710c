"""Editors in the Wagtail admin: a judgment goes through the same moderation as pages; a bad
ECLI is refused with the reason; published judgments show on theme pages and in the site
search."""

import datetime

import pytest
from django.contrib.auth.models import Group

from rechtspraak.models import Instantie, Uitspraak
from zoeken.models import ZoekDocument

pytestmark = pytest.mark.django_db
ADD_URL = "/admin/snippets/rechtspraak/uitspraak/add/"


def formulier(**velden):
    data = {
        "titel": "Gezinshereniging met een Belg",
        "instantie": str(Instantie.objects.get(code="rvv").pk),
        "kamer": "",
        "datum": "2024-02-13",
        "nummer": "301 234",
        "ecli": "ECLI:BE:RVV:2024:ARR.301234",
        "soort": "arrest",
        "taal": "nl",
        "gepubliceerd_op": "2024-03-01",
        "samenvatting": "De DVZ moest een behoefteanalyse maken.",
        "trefwoorden": "bestaansmiddelen",
        "wetgeving": "art. 40ter Vreemdelingenwet",
        "tekst": "Volledige tekst.",
    }
    data.update(velden)
    return data


def test_groups_have_their_permissions():
    redacteurs = Group.objects.get(name="Redacteurs")
    moderators = Group.objects.get(name="Moderatoren")
    assert redacteurs.permissions.filter(codename="add_uitspraak").exists()
    assert not redacteurs.permissions.filter(codename="publish_uitspraak").exists()
    assert moderators.permissions.filter(codename="publish_uitspraak").exists()
    assert redacteurs.permissions.filter(codename="add_instantie").exists()


def test_a_malformed_ecli_is_refused_with_the_reason(client, maak_gebruiker):
    client.force_login(maak_gebruiker("beheerder", superuser=True))
    antwoord = client.post(ADD_URL, formulier(ecli="ECLI:BE:RVV:24:ARR.1"))
    assert antwoord.status_code == 200
    assert "Ongeldige ECLI: het jaar" in antwoord.content.decode()
    assert not Uitspraak.objects.exists()


@pytest.mark.parametrize(
    "bron",
    ["javascript:alert(1)", "ftp://juportal.be/arrest.pdf", "juportal punt be", "https://"],
)
def test_a_source_link_that_is_no_web_address_is_refused(client, maak_gebruiker, bron):
    client.force_login(maak_gebruiker("beheerder", superuser=True))
    antwoord = client.post(ADD_URL, formulier(bron_url=bron))
    assert antwoord.status_code == 200
    assert "Geef een webadres dat begint met http:// of https://" in antwoord.content.decode()
    assert not Uitspraak.objects.exists()


def test_the_source_link_is_saved_from_the_admin(client, maak_gebruiker):
    client.force_login(maak_gebruiker("beheerder", superuser=True))
    bron = "https://juportal.be/content/ECLI:BE:RVV:2024:ARR.301234/NL"
    antwoord = client.post(ADD_URL, formulier(bron_url=bron))
    assert antwoord.status_code == 302, antwoord.content.decode()[:2000]
    assert Uitspraak.objects.get().bron_url == bron
    formulier_html = client.get(
        f"/admin/snippets/rechtspraak/uitspraak/edit/{Uitspraak.objects.get().pk}/"
    )
    assert "Bron (webadres)" in formulier_html.content.decode()


def test_editor_saves_a_draft_and_a_moderator_publishes_it(
    client, maak_gebruiker, django_capture_on_commit_callbacks
):
    redacteur = maak_gebruiker("redacteur", groep="Redacteurs")
    client.force_login(redacteur)
    antwoord = client.post(ADD_URL, formulier(ecli="ecli:be:rvv:2024:arr.301234"))
    assert antwoord.status_code == 302, antwoord.content.decode()[:2000]
    uitspraak = Uitspraak.objects.get()
    assert not uitspraak.live
    assert uitspraak.ecli == "ECLI:BE:RVV:2024:ARR.301234"
    assert client.get("/rechtspraak/ecli/ECLI:BE:RVV:2024:ARR.301234/").status_code == 404
    assert not ZoekDocument.objects.filter(bron="rechtspraak.uitspraak").exists()

    # the moderator publishes the latest revision
    with django_capture_on_commit_callbacks(execute=True):
        uitspraak.latest_revision.publish()
    uitspraak.refresh_from_db()
    assert uitspraak.live
    assert client.get("/rechtspraak/ecli/ECLI:BE:RVV:2024:ARR.301234/").status_code == 302
    document = ZoekDocument.objects.get(bron="rechtspraak.uitspraak", sleutel=str(uitspraak.pk))
    assert document.url == uitspraak.get_url()
    assert "ECLI:BE:RVV:2024:ARR.301234" in document.extra_termen

    with django_capture_on_commit_callbacks(execute=True):
        uitspraak.unpublish()
    assert not ZoekDocument.objects.filter(bron="rechtspraak.uitspraak").exists()


def test_admin_listing_finds_by_words_ecli_and_number(client, maak_gebruiker, maak_uitspraak):
    maak_uitspraak(
        "Bestaansmiddelen van de referentiepersoon",
        nummer="301 234",
        ecli="ECLI:BE:RVV:2024:ARR.301234",
    )
    maak_uitspraak("Opvang van verzoekers", instantie="rvs", nummer="255.201", live=False)
    client.force_login(maak_gebruiker("beheerder", superuser=True))
    lijst = "/admin/snippets/rechtspraak/uitspraak/"
    assert "Opvang van verzoekers" in client.get(lijst).content.decode()
    for q, verwacht, niet in [
        ("referentiepersoon", "Bestaansmiddelen", "Opvang van"),
        ("ecli:be:rvv:2024:arr.301234", "Bestaansmiddelen", "Opvang van"),
        ("255201", "Opvang van", "Bestaansmiddelen"),
    ]:
        html = client.get(lijst, {"q": q}).content.decode()
        assert verwacht in html and niet not in html, q


def test_deleting_removes_it_from_the_site_search(
    maak_uitspraak, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        uitspraak = maak_uitspraak("Te verwijderen")
    assert ZoekDocument.objects.filter(sleutel=str(uitspraak.pk), bron="rechtspraak.uitspraak")
    with django_capture_on_commit_callbacks(execute=True):
        uitspraak.delete()
    assert not ZoekDocument.objects.filter(bron="rechtspraak.uitspraak").exists()


def test_theme_page_and_dossier_show_latest_judgments(client, maak_thema, maak_uitspraak):
    verblijf = maak_thema("Verblijf")
    gezin = maak_thema("Gezinshereniging", parent=verblijf)
    leeg = maak_thema("Nationaliteit")
    maak_uitspraak("Bestaansmiddelen van de Belg", themas=[gezin], datum=datetime.date(2024, 2, 1))
    maak_uitspraak("Nog een concept", themas=[gezin], live=False)

    from django.template import Context, Template

    sjabloon = Template("{% load rechtspraak_tags %}{% laatste_uitspraken page %}")
    html = sjabloon.render(Context({"page": verblijf}))
    assert "Bestaansmiddelen van de Belg" in html  # sub-themes count
    assert "Nog een concept" not in html
    assert "/rechtspraak/?thema=verblijf" in html
    assert sjabloon.render(Context({"page": leeg})).strip() == ""
    pagina = client.get(gezin.url)
    assert pagina.status_code == 200
    assert "Bestaansmiddelen van de Belg" in pagina.content.decode()


@pytest.mark.parametrize("commando", ["rechtspraak_index"])
def test_index_command_without_elasticsearch_says_so(commando, maak_uitspraak, settings):
    import io

    from django.core.management import call_command

    settings.ELASTICSEARCH_URL = None
    maak_uitspraak("Iets over opvang")
    out = io.StringIO()
    call_command(commando, "--site", stdout=out)
    assert "Er is geen Elasticsearch ingesteld" in out.getvalue()
    assert "herbouwd voor 1 uitspraken" in out.getvalue()
