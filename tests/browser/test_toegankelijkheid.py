"""WCAG 2.1 A/AA, checked by axe-core in a real browser, over every public page type;
and a reader who uses only the keyboard finds a theme page through the search.

The juridesk logging screen and the newsletter flow have their own axe checks in
test_juridesk_browser.py and test_nieuwsbrief.py."""

import datetime
import json
from urllib.parse import parse_qs, urlparse

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from kennisbank.models import BegripPagina, DossierPagina, LexiconPagina

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def inhoud(maak_thema, maak_nieuws, dossier_index):
    """One page of every public type, with the blocks editors use."""
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
                {"type": "tussentitel", "value": "Voorwaarden"},
                {
                    "type": "faq",
                    "value": {
                        "titel": "Veelgestelde vragen",
                        "vragen": [
                            {
                                "vraag": "Moet ik een inkomen hebben?",
                                "antwoord": "<p>Ja, stabiele en voldoende middelen.</p>",
                            }
                        ],
                    },
                },
            ]
        ),
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
    lexicon = LexiconPagina.objects.first()
    begrip = None
    if lexicon:
        begrip = BegripPagina(
            title="Referentiepersoon",
            definitie="<p>De persoon die een familielid laat overkomen.</p>",
        )
        lexicon.add_child(instance=begrip)
        begrip.save_revision().publish()
    uitspraak = None
    try:
        from rechtspraak.models import Instantie, Uitspraak
    except ImportError:
        pass
    else:
        uitspraak = Uitspraak(
            titel="Bestaansmiddelen van de referentiepersoon",
            instantie=Instantie.objects.get(code="rvv"),
            datum=datetime.date(2024, 2, 13),
            nummer="301 234",
            samenvatting="Gezinshereniging: de middelen worden in concreto beoordeeld.",
        )
        uitspraak.save()
        uitspraak.themas.set([gezin])
        uitspraak.save()
    return {
        "thema": gezin,
        "nieuws": nieuws,
        "dossier": dossier,
        "lexicon": lexicon,
        "begrip": begrip,
        "uitspraak": uitspraak,
    }


def publieke_adressen(inhoud):
    adressen = {
        "startpagina": "/",
        "themapagina (bovenste niveau)": "/verblijf/",
        "themapagina": inhoud["thema"].url,
        "nieuwsoverzicht": "/nieuws/",
        "nieuwspagina": inhoud["nieuws"].url,
        "dossieroverzicht": "/dossiers/",
        "dossier": inhoud["dossier"].url,
        "zoeken met resultaten": "/zoeken/?q=gezinshereniging+partner",
        "zoeken zonder resultaten": "/zoeken/?q=qwxzv",
        "nieuwsbrief: inschrijven": "/nieuwsbrief/",
        "juridesk-pagina": "/juridesk/",
    }
    if inhoud["lexicon"]:
        adressen["lexicon"] = inhoud["lexicon"].url
        adressen["begrip"] = inhoud["begrip"].url
    if inhoud["uitspraak"]:
        adressen["rechtspraak met facetten"] = "/rechtspraak/?instantie=rvv&q=gezinshereniging"
        adressen["uitspraak"] = inhoud["uitspraak"].get_url()
    return adressen


def test_every_public_page_type_passes_axe(page, axe, inhoud):
    schendingen, niet_gevonden = {}, []
    for soort, adres in publieke_adressen(inhoud).items():
        response = page.goto(adres)
        if response.status == 404 and soort in ("juridesk-pagina",):
            niet_gevonden.append(soort)  # an optional page the site may not have
            continue
        assert response.status == 200, f"{soort}: {adres} gaf {response.status}"
        if gevonden := axe():
            schendingen[f"{soort} ({adres})"] = gevonden
    assert schendingen == {}


def test_search_results_and_case_law_show_what_was_asked(page, inhoud):
    """The pages axe checked above are the real ones: with results and facets."""
    page.goto("/zoeken/?q=gezinshereniging+partner")
    assert "/zoeken/?q=" in page.url  # a results page, not a direct hit's redirect
    assert page.get_by_role("link", name="Gezinshereniging").first.is_visible()
    if inhoud["uitspraak"]:
        page.goto("/rechtspraak/?instantie=rvv&q=gezinshereniging")
        assert page.get_by_role("link", name="Gekozen: Raad voor Vreemdelingenbetwistingen").count()
        assert page.get_by_role(
            "link", name="Bestaansmiddelen van de referentiepersoon"
        ).is_visible()


def opent(href):
    """The page a link opens: a search result goes through the search log's redirect
    (/zoeken/klik/?u=<path>), any other link straight to its path."""
    adres = urlparse(href or "")
    if adres.path == "/zoeken/klik/":
        return parse_qs(adres.query).get("u", [""])[0]
    return adres.path


def focus(page):
    return page.evaluate(
        """() => { const el = document.activeElement;
            return {tag: el.tagName, id: el.id, text: (el.innerText || '').trim(),
                    href: el.getAttribute('href') || ''}; }"""
    )


def test_keyboard_only_search_to_a_theme_page(page, inhoud):
    page.goto("/verblijf/")
    page.locator("body").focus()

    # Tab from the top of the page: the skip link first, then (past the logo) the search box
    page.keyboard.press("Tab")
    assert focus(page)["text"] == "Naar de inhoud"
    for _ in range(5):
        page.keyboard.press("Tab")
        if focus(page)["id"] == "zoek-header":
            break
    assert focus(page)["id"] == "zoek-header"

    page.keyboard.type("gezinshereniging partner")
    # the suggestion list (progressive enhancement) opens; Escape closes it, and Enter
    # then submits the search itself (with a suggestion chosen, Enter would open it)
    suggesties = page.get_by_role("listbox")
    try:
        suggesties.wait_for(state="visible", timeout=3000)
    except PlaywrightTimeout:
        pass
    else:
        page.keyboard.press("Escape")
    assert page.locator("#zoek-header").input_value() == "gezinshereniging partner"
    page.keyboard.press("Enter")
    page.wait_for_url("**/zoeken/?q=gezinshereniging*partner*")

    doel = inhoud["thema"].url
    for _ in range(60):
        page.keyboard.press("Tab")
        if opent(focus(page)["href"]) == doel:
            break
    gevonden = focus(page)
    assert gevonden["tag"] == "A" and opent(gevonden["href"]) == doel
    assert "Gezinshereniging" in gevonden["text"]

    page.keyboard.press("Enter")
    page.wait_for_url(f"**{doel}")
    assert page.locator("h1").inner_text() == "Gezinshereniging"
