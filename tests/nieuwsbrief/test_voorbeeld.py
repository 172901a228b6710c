"""The edition preview in Wagtail's preview panel: it may be framed by the admin (and only
the preview), and it shows exactly what is sent, as HTML and as plain text."""

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from nieuwsbrief.models import Editie, NieuwsItem

from .conftest import tekst_van

pytestmark = pytest.mark.django_db


def csp(response):
    return {
        deel.split()[0]: deel.split()[1:]
        for deel in response["Content-Security-Policy"].split(";")
        if deel.strip()
    }


def formulier(titel, inleiding, nieuws=()):
    return nested_form_data(
        {
            "soort": "nieuwsbrief",
            "titel": titel,
            "inleiding": rich_text(inleiding),
            "nieuws_items": inline_formset(
                [{"id": i.pk, "pagina": i.pagina_id, "ORDER": n} for n, i in enumerate(nieuws)],
                initial=len(nieuws),
            ),
            "wetgeving_items": inline_formset([]),
            "uitspraak_items": inline_formset([]),
            "periode_van": "",
            "periode_tot": "",
        }
    )


@pytest.fixture
def redacteur(client, maak_gebruiker):
    client.force_login(maak_gebruiker("beheerder", superuser=True))
    return client


def voorbeeld(client, editie, data, modus=""):
    url = reverse("wagtailsnippets_nieuwsbrief_editie:preview_on_edit", args=[editie.pk])
    antwoord = client.post(url, data)
    assert antwoord.json()["is_valid"], antwoord.content
    return client.get(url, {"mode": modus})


def test_het_voorbeeld_mag_in_het_paneel_de_site_niet(redacteur, home):
    editie = Editie.objects.create(titel="Editie")
    antwoord = voorbeeld(redacteur, editie, formulier("Editie", "<p>Beste lezer,</p>"))
    assert antwoord.status_code == 200
    assert csp(antwoord)["frame-ancestors"] == ["'self'"]
    assert antwoord.get("X-Frame-Options") in (None, "SAMEORIGIN")
    # the inlined mail styles itself with style attributes: they must be allowed to apply
    assert "'unsafe-inline'" in csp(antwoord)["style-src"]
    assert "script-src" not in csp(antwoord) and csp(antwoord)["default-src"] == ["'none'"]

    publiek = redacteur.get("/")
    assert publiek.status_code == 200
    assert csp(publiek)["frame-ancestors"] == ["'none'"]
    assert publiek["X-Frame-Options"] == "DENY"


def test_het_voorbeeld_is_precies_wat_verstuurd_wordt(redacteur, smtp_server, maak_nieuws):
    pagina = maak_nieuws("Gezinshereniging: nieuwe inkomensgrens")
    editie = Editie.objects.create(titel="Editie")
    NieuwsItem.objects.create(editie=editie, pagina=pagina)
    inleiding = (
        '<p>Beste lezer, <b>lees</b> <a href="https://www.vreemdelingenrecht.be/">dit</a>.</p>'
    )
    # the form as the editor's screen holds it (Draftail keeps its block keys)
    data = formulier("Novembereditie", inleiding, editie.nieuws_items.all())
    html = voorbeeld(redacteur, editie, data)
    tekst = voorbeeld(redacteur, editie, data, modus="tekst")
    assert tekst["Content-Type"].startswith("text/plain")

    # the editor saves what the preview showed and sends a test
    opslaan = redacteur.post(
        reverse("wagtailsnippets_nieuwsbrief_editie:edit", args=[editie.pk]),
        data,
    )
    assert opslaan.status_code == 302
    redacteur.post(
        f"/admin/nieuwsbrief/verzenden/{editie.pk}/",
        {"actie": "proef", "email": "redactie@example.be"},
    )
    (proef,) = smtp_server.aan("redactie@example.be")

    def zelfde(tekst):
        return tekst.replace("\r\n", "\n")

    assert zelfde(html.content.decode()) == zelfde(tekst_van(proef, "html"))
    assert zelfde(tekst.content.decode()) == zelfde(tekst_van(proef, "plain"))
    assert 'style="' in html.content.decode() and "Gezinshereniging" in html.content.decode()


def test_de_persoonlijke_links_van_een_testmail_openen_een_uitleg(client):
    for url in (
        "/nieuwsbrief/beheren/proefzending/",
        "/nieuwsbrief/afmelden/proefzending/nieuwsbrief/",
    ):
        for antwoord in (client.get(url), client.post(url)):
            assert antwoord.status_code == 200
            assert "Link uit een testmail" in antwoord.content.decode()


def test_elk_voorbeeld_in_het_paneel_mag_door_het_beheer_getoond_worden(redacteur, maak_thema):
    """The same holds for every preview Wagtail renders (pages too): the preview answers
    through a dummy request for the page's public URL, and would get the public policy."""
    thema = maak_thema("Verblijf")
    # what the panel calls for a page (Wagtail's PreviewOnEdit view sets SAMEORIGIN itself)
    paneel = thema.make_preview_request()
    assert paneel.status_code == 200 and "Verblijf" in paneel.content.decode()
    assert csp(paneel)["frame-ancestors"] == ["'self'"]
    assert csp(paneel)["script-src"] == ["'self'"]  # otherwise the public policy
    # a revision, as the moderator opens it
    revisie = thema.save_revision()
    antwoord = redacteur.get(
        reverse("wagtailadmin_pages:revisions_view", args=[thema.pk, revisie.pk])
    )
    assert antwoord.status_code == 200 and "Verblijf" in antwoord.content.decode()
    assert csp(antwoord)["frame-ancestors"] == ["'self'"]

    redacteur.logout()
    publiek = redacteur.get(thema.url)
    assert publiek.status_code == 200
    assert csp(publiek)["frame-ancestors"] == ["'none'"]
    assert publiek["X-Frame-Options"] == "DENY"
