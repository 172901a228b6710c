"""A field worker reads the site: every page type answers, with its navigation."""

import datetime
import json

import pytest

from kennisbank.models import BegripPagina, DossierPagina, JurideskPagina, LexiconPagina

pytestmark = pytest.mark.django_db


@pytest.fixture
def boom(maak_thema):
    verblijf = maak_thema("Verblijf")
    gezin = maak_thema(
        "Gezinshereniging",
        parent=verblijf,
        laatst_bijgewerkt=datetime.date(2024, 3, 5),
        body=json.dumps(
            [
                {"type": "tussentitel", "value": "Wie komt in aanmerking?"},
                {"type": "tekst", "value": "<p>De echtgenoot of geregistreerde partner.</p>"},
                {
                    "type": "let_op",
                    "value": {"titel": "Let op", "tekst": "<p>Termijn van 6 maanden.</p>"},
                },
                {"type": "tussentitel", "value": "Voorwaarden"},
                {
                    "type": "wetsverwijzingen",
                    "value": {
                        "titel": "Regelgeving",
                        "verwijzingen": [
                            {
                                "titel": "Art. 40ter Vreemdelingenwet",
                                "url": "https://www.ejustice.just.fgov.be/",
                                "toelichting": "",
                            }
                        ],
                    },
                },
                {
                    "type": "faq",
                    "value": {
                        "titel": "Veelgestelde vragen",
                        "vragen": [
                            {
                                "vraag": "Moet ik een inkomen hebben?",
                                "antwoord": "<p>Ja, stabiele middelen.</p>",
                            }
                        ],
                    },
                },
            ]
        ),
    )
    met_belg = maak_thema("Gezinshereniging met een Belg", parent=gezin)
    return verblijf, gezin, met_belg


def test_home_shows_search_first_then_themes_news_and_dossiers(
    client, boom, maak_nieuws, dossier_index
):
    verblijf, gezin, _ = boom
    maak_nieuws("Nieuwe regels gezinshereniging", themas=[gezin])
    dossier = DossierPagina(title="Oekraïne", in_het_kort="<p>Tijdelijke bescherming.</p>")
    dossier_index.add_child(instance=dossier)
    dossier.save_revision().publish()

    response = client.get("/")

    html = response.content.decode()
    assert response.status_code == 200
    assert html.index('role="search"') < html.index("Verblijf")
    assert "Nieuwe regels gezinshereniging" in html
    assert "Oekraïne" in html
    assert 'href="#inhoud"' in html  # skip link


def test_theme_page_has_breadcrumbs_subthemes_toc_and_update_date(client, boom, maak_nieuws):
    _, gezin, met_belg = boom
    maak_nieuws("Nieuwe inkomensgrens", themas=[gezin], datum=datetime.date(2024, 5, 1))

    response = client.get(gezin.url)

    html = response.content.decode()
    assert response.status_code == 200
    assert 'aria-label="Kruimelpad"' in html and ">Verblijf</a>" in html
    assert met_belg.title in html  # sub-themes of the current theme
    assert "Op deze pagina" in html and 'href="#voorwaarden"' in html and 'id="voorwaarden"' in html
    assert "Laatst inhoudelijk bijgewerkt op" in html and "5 maart 2024" in html
    assert "Nieuwe inkomensgrens" in html  # the news that links to it
    assert "Art. 40ter Vreemdelingenwet" in html and "<details>" in html
    assert 'class="let-op"' in html


def test_news_index_paginates_and_filters_by_theme_including_subthemes(client, boom, maak_nieuws):
    verblijf, gezin, met_belg = boom
    for dag in range(1, 24):
        maak_nieuws(f"Bericht {dag}", themas=[met_belg], datum=datetime.date(2024, 1, dag))
    maak_nieuws("Over iets anders", themas=[], datum=datetime.date(2024, 2, 1))

    eerste = client.get("/nieuws/")
    gefilterd = client.get(f"/nieuws/?thema={verblijf.pk}")
    tweede = client.get(f"/nieuws/?thema={verblijf.pk}&page=2")
    voorbij = client.get("/nieuws/?page=999")
    onzin = client.get("/nieuws/?page=abc&thema=xyz")

    assert eerste.status_code == 200 and "24 nieuwsberichten" in eerste.content.decode()
    assert "23 nieuwsberichten" in gefilterd.content.decode()
    assert "Over iets anders" not in gefilterd.content.decode()
    assert f"thema={verblijf.pk}&amp;page=2" in gefilterd.content.decode()
    assert "Bericht 1<" in tweede.content.decode() or "Bericht 2<" in tweede.content.decode()
    assert voorbij.status_code == 200 and onzin.status_code == 200


def test_dossier_lists_latest_change_first(client, boom, dossier_index):
    _, gezin, _ = boom
    dossier = DossierPagina(
        title="Afghanistan",
        wijzigingen=json.dumps(
            [
                {
                    "type": "wijziging",
                    "value": {"datum": "2023-01-10", "tekst": "<p>Oude wijziging</p>"},
                },
                {
                    "type": "wijziging",
                    "value": {"datum": "2024-06-01", "tekst": "<p>Nieuwe wijziging</p>"},
                },
            ]
        ),
    )
    dossier_index.add_child(instance=dossier)
    dossier.themas.set([gezin])
    dossier.save_revision().publish()

    html = client.get(dossier.url).content.decode()

    assert html.index("Nieuwe wijziging") < html.index("Oude wijziging")
    assert gezin.title in html


def test_lexicon_and_juridesk_page(client, home):
    lexicon = LexiconPagina.objects.get()
    begrip = BegripPagina(title="Bijlage 3bis", definitie="<p>Attest van tenlasteneming.</p>")
    lexicon.add_child(instance=begrip)
    begrip.save_revision().publish()
    juridesk = JurideskPagina.objects.get()
    juridesk.telefoon = "02 205 00 55"
    juridesk.email_ipr = "ipr@example.be"
    juridesk.save_revision().publish()

    lexicon_html = client.get("/begrippen/").content.decode()
    begrip_html = client.get(begrip.url).content.decode()
    juridesk_html = client.get("/juridesk/").content.decode()

    assert "Bijlage 3bis" in lexicon_html and "Attest van tenlasteneming" in lexicon_html
    assert "Attest van tenlasteneming" in begrip_html
    assert "tel:022050055" in juridesk_html and "mailto:ipr@example.be" in juridesk_html


def test_feed_sitemap_robots_and_404(client, boom, maak_nieuws):
    _, gezin, _ = boom
    maak_nieuws("Nieuwe terugkeerprocedure", themas=[gezin])

    feed = client.get("/nieuws/feed/")
    sitemap = client.get("/sitemap.xml")
    robots = client.get("/robots.txt")
    missing = client.get("/bestaat-niet/")

    assert feed.status_code == 200 and b"<feed" in feed.content
    assert b"Nieuwe terugkeerprocedure" in feed.content
    assert sitemap.status_code == 200 and gezin.url.encode() in sitemap.content
    assert robots.status_code == 200 and b"Disallow: /admin/" in robots.content
    assert missing.status_code == 404 and "Pagina niet gevonden" in missing.content.decode()


def test_draft_pages_are_not_public(client, home):
    from kennisbank.models import ThemaPagina

    concept = ThemaPagina(title="Nog niet klaar", live=False)
    home.add_child(instance=concept)

    assert client.get("/nog-niet-klaar/").status_code == 404
    assert "Nog niet klaar" not in client.get("/").content.decode()


def test_theme_page_and_dossier_show_their_latest_judgments(client, boom, dossier_index):
    from rechtspraak.models import Instantie, Uitspraak

    _, gezin, met_belg = boom
    uitspraak = Uitspraak(
        titel="Bestaansmiddelen van de Belgische referentiepersoon",
        instantie=Instantie.objects.get(code="rvv"),
        datum=datetime.date(2024, 3, 1),
        nummer="301234",
        live=True,
    )
    uitspraak.save()
    uitspraak.themas.set([met_belg])
    uitspraak.save()  # a ParentalManyToManyField is written on save
    dossier = DossierPagina(title="Gezinshereniging in de praktijk")
    dossier_index.add_child(instance=dossier)
    dossier.themas.set([met_belg])
    dossier.save_revision().publish()

    # a parent theme shows the judgments of its sub-themes
    assert "Bestaansmiddelen van de Belgische" in client.get(gezin.url).content.decode()
    assert "Bestaansmiddelen van de Belgische" in client.get(dossier.url).content.decode()
