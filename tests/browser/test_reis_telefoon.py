"""Journey 5: a social worker on a phone (375 x 800) finds her way through every public
page type: home, a theme page, the news and a news item, a dossier, a term of the lexicon,
the site search with results, the case-law search with its facets, a judgment and the
newsletter form. No page scrolls sideways and axe finds nothing at that width; the case-law
facets fold away so the first result is on the first screen.

The content holds what made pages too wide before: the home page's title, a long theme
title in the news filter, a judgment with the court's full name, an ECLI and a source."""

import datetime
import json

import pytest

from kennisbank.models import BegripPagina, DossierPagina, LexiconPagina
from rechtspraak.models import Instantie, Uitspraak

TELEFOON = {"width": 375, "height": 800}


@pytest.fixture
def site(maak_thema, maak_nieuws, dossier_index):
    verblijf = maak_thema("Verblijf", samenvatting="Alles over het verblijfsrecht.")
    gezin = maak_thema(
        "Gezinshereniging",
        parent=verblijf,
        samenvatting="Wie kan een familielid naar België laten overkomen?",
        laatst_bijgewerkt=datetime.date(2024, 3, 5),
        body=json.dumps(
            [
                {"type": "tussentitel", "value": "Wie komt in aanmerking?"},
                {"type": "tekst", "value": "<p>De echtgenoot of geregistreerde partner.</p>"},
                {
                    "type": "let_op",
                    "value": {"titel": "Let op", "tekst": "<p>Termijn van 6 maanden.</p>"},
                },
            ]
        ),
    )
    # a long title: the news filter's <select> took its width and widened the page
    maak_thema(
        "Verzoek om internationale bescherming bij het Commissariaat-generaal voor de "
        "Vluchtelingen en de Staatlozen",
        parent=verblijf,
    )
    nieuws = maak_nieuws(
        "Nieuwe inkomensgrens voor gezinshereniging",
        themas=[gezin],
        samenvatting="Vanaf 1 maart geldt een hoger bedrag.",
    )
    dossier = DossierPagina(
        title="Oekraïne", in_het_kort="<p>Tijdelijke bescherming voor ontheemden.</p>"
    )
    dossier_index.add_child(instance=dossier)
    dossier.themas.set([gezin])
    dossier.save_revision().publish()
    begrip = BegripPagina(
        title="Referentiepersoon",
        definitie="<p>De persoon die een familielid laat overkomen.</p>",
    )
    LexiconPagina.objects.get().add_child(instance=begrip)
    begrip.save_revision().publish()
    rvv = Instantie.objects.get(code="rvv")
    uitspraken = []
    for i in range(12):
        uitspraak = Uitspraak(
            titel=f"Gezinshereniging: bestaansmiddelen van de referentiepersoon ({i + 1})",
            instantie=rvv if i % 2 else Instantie.objects.get(code="rvs"),
            datum=datetime.date(2014 + i, 2, 13),
            nummer=f"301 2{i:02d}",
            ecli=f"ECLI:BE:RVV:{2014 + i}:ARR.3012{i:02d}",
            samenvatting="Gezinshereniging: de middelen worden in concreto beoordeeld.",
            bron_url=f"https://juportal.be/content/ECLI:BE:RVV:{2014 + i}:ARR.3012{i:02d}/NL",
        )
        uitspraak.save()
        uitspraak.themas.set([gezin])
        uitspraak.save()
        uitspraken.append(uitspraak)
    return {
        "thema": gezin,
        "nieuws": nieuws,
        "dossier": dossier,
        "begrip": begrip,
        "uitspraak": uitspraken[-1],
    }


def breedte(page):
    return page.evaluate("document.scrollingElement.scrollWidth")


def te_breed(page):
    """What sticks out on the right (for the failure message)."""
    return page.evaluate(
        """() => [...document.querySelectorAll('body *')]
            .filter(e => e.getBoundingClientRect().right > window.innerWidth + 0.5
                         || e.scrollWidth > e.clientWidth + 1
                            && getComputedStyle(e).overflowX === 'visible')
            .slice(0, 5).map(e => e.tagName.toLowerCase() + '.' + e.className)"""
    )


def test_a_social_worker_walks_every_public_page_type_on_a_phone(page, axe, site):
    page.set_viewport_size(TELEFOON)
    bekeken = {}

    def bekijk(soort):
        page.wait_for_load_state()
        assert breedte(page) <= 375, (
            f"{soort} ({page.url}) is {breedte(page)} px breed: {te_breed(page)}"
        )
        assert axe() == [], f"{soort} ({page.url})"
        bekeken[soort] = page.url

    # she starts at the home page and opens a theme
    page.goto("/")
    assert page.get_by_role("heading", level=1).is_visible()
    bekijk("startpagina")
    page.get_by_role("link", name="Verblijf", exact=True).first.click()
    bekijk("themapagina (bovenste niveau)")
    page.goto(site["thema"].url)
    assert page.get_by_role("heading", level=1, name="Gezinshereniging").is_visible()
    bekijk("themapagina")

    # the news, filtered on a theme, and one item
    page.get_by_role("navigation", name="Hoofdnavigatie").get_by_role(
        "link", name="Nieuws", exact=True
    ).click()
    page.get_by_label("Thema", exact=True).select_option(label="— Gezinshereniging")
    page.get_by_role("button", name="Filteren").click()
    bekijk("nieuwsoverzicht")
    page.get_by_role("link", name="Nieuwe inkomensgrens voor gezinshereniging").click()
    bekijk("nieuwspagina")

    # a dossier and a term
    page.goto(site["dossier"].url)
    bekijk("dossier")
    page.goto(site["begrip"].url)
    assert page.get_by_role("heading", level=1, name="Referentiepersoon").is_visible()
    bekijk("begrip")

    # the search box in the header, with results
    page.get_by_label("Zoek in vreemdelingenrecht.be").fill("gezinshereniging partner")
    page.get_by_label("Zoek in vreemdelingenrecht.be").press("Enter")
    page.wait_for_url("**/zoeken/?q=gezinshereniging*")
    assert page.locator("#aantal-resultaten").is_visible()
    bekijk("zoeken met resultaten")

    # the case law with facets: folded, the first result on the first screen
    page.goto("/rechtspraak/?q=gezinshereniging")
    facetten = page.locator("details.rs-vouw")
    assert not facetten.evaluate("d => d.open")
    assert not page.get_by_role("link", name="Raad van State").is_visible()
    eerste = page.locator(".rs-lijst > li").first
    assert eerste.bounding_box()["y"] + 40 < TELEFOON["height"], eerste.bounding_box()
    bekijk("rechtspraak met facetten (dicht)")

    # she unfolds the facets and picks a court; the facets fold again, the choice shows
    facetten.locator("> summary").click()
    assert facetten.evaluate("d => d.open")
    page.get_by_role("link", name="Raad voor Vreemdelingenbetwistingen").click()
    page.wait_for_url("**/rechtspraak/?q=gezinshereniging&instantie=rvv")
    assert page.get_by_role("heading", name="6 uitspraken").is_visible()
    assert not page.locator("details.rs-vouw").evaluate("d => d.open")
    eerste = page.locator(".rs-lijst > li").first
    assert eerste.bounding_box()["y"] + 40 < TELEFOON["height"], eerste.bounding_box()
    bekijk("rechtspraak met een gekozen facet")

    # a period, through the folded 'Datum en volgorde'
    page.locator("summary", has_text="Datum en volgorde").click()
    page.get_by_label("Van", exact=True).fill("2020-01-01")
    page.get_by_role("button", name="Zoeken").last.click()
    page.wait_for_url("**van=2020-01-01*")
    assert page.get_by_role("heading", name="3 uitspraken").is_visible()
    bekijk("rechtspraak met een periode")

    # a judgment: the court's full name and the whole ECLI fit, the source is a link
    page.locator(".rs-lijst > li").first.get_by_role("link").click()
    ecli = page.locator(".rs-gegevens .rs-ecli")
    assert ecli.inner_text() == "ECLI:BE:RVV:2025:ARR.301211"
    vak = ecli.bounding_box()
    assert vak["x"] >= 0 and vak["x"] + vak["width"] <= 375
    assert (
        page.get_by_role("link", name="juportal.be")
        .get_attribute("href")
        .startswith("https://juportal.be/content/ECLI:BE:RVV:2025")
    )
    bekijk("uitspraak")

    # and she subscribes to the newsletter (the form, not the mail)
    page.get_by_role("navigation", name="Hoofdnavigatie").get_by_role(
        "link", name="Nieuwsbrief"
    ).click()
    assert page.get_by_role("heading", level=1, name="Inschrijven op de nieuwsbrief").is_visible()
    bekijk("nieuwsbrief: inschrijven")

    assert len(bekeken) == 13


def test_on_a_wide_screen_the_facets_and_options_stand_open(page, site):
    """From 60rem on, the same page shows the facets beside the results, with no toggle."""
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto("/rechtspraak/?q=gezinshereniging")
    assert page.get_by_role("link", name="Raad van State").is_visible()
    assert page.get_by_role("heading", name="Verfijnen").is_visible()
    assert not page.locator("details.rs-vouw > summary").is_visible()
    assert page.get_by_label("Van", exact=True).is_visible()
    assert page.get_by_label("Sorteren", exact=True).is_visible()
    facet = page.get_by_role("link", name="Raad van State").bounding_box()
    resultaat = page.locator(".rs-lijst > li").first.bounding_box()
    assert facet["x"] < resultaat["x"]  # beside, not above
