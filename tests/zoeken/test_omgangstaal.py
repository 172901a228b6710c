"""Search in everyday words (issue 17): the editors' omgangstaal list, question and filler
words, the partial-match fallback, compounds split with the Dutch word list, and FAQ
questions weighed as a title."""

import datetime

import pytest
from django.urls import reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from wagtail.rich_text import RichText

from zoeken import analyse, omgangstaal, voorstellen, woordenlijst
from zoeken.models import Omgangstaal, ZoekDocument, ZoekKlik, ZoekWoord
from zoeken.search import zoek

from .conftest import maak_thema, tekst


@pytest.fixture(autouse=True)
def verse_lijst():
    omgangstaal.wis_cache()
    yield
    omgangstaal.wis_cache()


def urls(zoekterm, **kwargs):
    return [r.url for r in zoek(zoekterm, gebruik_cache=False, snippets=False, **kwargs).resultaten]


def faq(*vragen):
    return (
        "faq",
        {
            "titel": "Veelgestelde vragen",
            "vragen": [{"vraag": v, "antwoord": RichText("<p>Ja.</p>")} for v in vragen],
        },
    )


# --- the list --------------------------------------------------------------------------------


def test_the_starting_list_is_in_the_database_with_the_issues_examples(db):
    assert Omgangstaal.objects.filter(actief=True, voorstel=False).count() >= 150
    termen = dict(Omgangstaal.objects.values_list("uitdrukking", "termen"))
    assert termen["oranje kaart"] == "attest van immatriculatie"
    assert "gezinshereniging" in termen["laten overkomen"]
    assert "onwettig verblijf" in termen["zonder papieren"]
    assert "leefloon" in termen["OCMW-steun"]


def test_everyday_words_find_the_page_that_uses_the_legal_term(site):
    attest = maak_thema(
        "Attest van immatriculatie",
        parent=site["verblijf"],
        samenvatting="Een tijdelijk verblijfsdocument tijdens een lopende procedure.",
    )
    gevonden = urls("oranje kaart")
    assert gevonden[0] == attest.url
    # the everyday words are not on the page, so only the list can have found it
    assert "oranje" not in ZoekDocument.objects.get(url=attest.url).tokens_tekst


def test_a_phrase_of_one_word_and_stop_words_searches_its_terms_only(site):
    query = analyse.ontleed_query("hoe kan ik Belg worden")
    (deel,) = query.delen
    tokens = analyse.tokens_van(deel.expressie)
    assert analyse.stam("nationaliteitsverklaring") in tokens
    assert "belg" not in tokens  # "Belg worden" is not "Belg"
    assert site["nationaliteit"].url in urls("hoe kan ik Belg worden")


def test_an_edit_in_the_admin_changes_the_next_search(site, client, maak_gebruiker):
    redacteur = maak_gebruiker("redacteur", groep="Redacteurs")
    client.force_login(redacteur)
    assert site["verblijfskaarten"].url not in urls("blauw boekje")
    label = Omgangstaal._meta.app_label
    nieuw = client.get(reverse(f"wagtailsnippets_{label}_omgangstaal:add"))
    assert nieuw.status_code == 200
    html = nieuw.content.decode()
    assert "Omgangstaal" in html and "Vaktermen" in html
    antwoord = client.post(
        reverse(f"wagtailsnippets_{label}_omgangstaal:add"),
        {"uitdrukking": "blauw boekje", "termen": "verblijfskaart", "actief": "on"},
    )
    assert antwoord.status_code == 302
    assert urls("blauw boekje")[0] == site["verblijfskaarten"].url

    # switched off by an editor: the next search no longer knows it
    regel = Omgangstaal.objects.get(uitdrukking="blauw boekje")
    antwoord = client.post(
        reverse(f"wagtailsnippets_{label}_omgangstaal:edit", args=[regel.pk]),
        {"uitdrukking": "blauw boekje", "termen": "verblijfskaart"},
    )
    assert antwoord.status_code == 302
    assert site["verblijfskaarten"].url not in urls("blauw boekje")


def test_the_list_in_the_admin_speaks_dutch(db, client, maak_gebruiker):
    client.force_login(maak_gebruiker("beheerder", superuser=True))
    label = Omgangstaal._meta.app_label
    lijst = client.get(reverse(f"wagtailsnippets_{label}_omgangstaal:list"), {"q": "oranje"})
    html = lijst.content.decode()
    assert lijst.status_code == 200
    assert "oranje kaart" in html and "Voorstel uit het zoekgedrag" in html


# --- question and filler words ------------------------------------------------------------


def test_question_and_filler_words_do_not_decide_the_result(site):
    query = analyse.ontleed_query("hoeveel moet iemand krijgen van mijn leefloon")
    woorden = [w for d in query.delen for w in d.woorden]
    assert woorden == ["leefloon"]
    assert {w for d in query.vulwoorden for w in d.woorden} >= {"hoeveel", "iemand", "mijn"}
    uitkomst = zoek("hoeveel moet iemand krijgen van mijn leefloon", gebruik_cache=False)
    assert not uitkomst.gedeeltelijk
    assert uitkomst.resultaten[0].url == site["leefloon"].url


def test_a_query_of_question_words_only_still_searches_them(site):
    query = analyse.ontleed_query("hoeveel")
    assert [d.woorden for d in query.delen] == [("hoeveel",)]


# --- the partial-match fallback ---------------------------------------------------------------


def test_partial_matches_come_ranked_by_how_many_words_they_hold(site, client):
    zoekterm = "leefloon ocmw gezinshereniging"
    uitkomst = zoek(zoekterm, gebruik_cache=False, per_pagina=20, snippets=False)
    assert uitkomst.gedeeltelijk and uitkomst.totaal
    gevonden = [r.url for r in uitkomst.resultaten]
    # the leefloon page holds two of the three words (leefloon, OCMW), the others one
    assert gevonden[0] == site["leefloon"].url
    assert site["gezinshereniging"].url in gevonden

    html = client.get("/zoeken/", {"q": zoekterm}).content.decode()
    assert "Geen pagina bevat alle woorden" in html
    assert html.index("Geen pagina bevat alle woorden") < html.index(">Leefloon<")
    data = client.get("/api/zoeken/", {"q": zoekterm}).json()
    assert data["partial"] is True
    assert data["results"][0]["url"] == site["leefloon"].url
    assert client.get("/api/zoeken/", {"q": "leefloon"}).json()["partial"] is False


def test_a_compound_whose_parts_occur_apart_finds_them(site):
    uitkomst = zoek("gezinsherenigingsbeurs", gebruik_cache=False, snippets=False)
    assert uitkomst.totaal and uitkomst.gedeeltelijk
    assert site["gezinshereniging"].url in [r.url for r in uitkomst.resultaten]


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_no_query_answers_nothing_while_one_of_its_words_is_on_the_site(site, data):
    woorden = sorted(ZoekWoord.objects.values_list("woord", flat=True))
    bekend = data.draw(st.lists(st.sampled_from(woorden), min_size=1, max_size=3))
    onbekend = data.draw(st.lists(st.text(alphabet="qxzjwy", min_size=5, max_size=9), max_size=3))
    vulling = data.draw(st.lists(st.sampled_from(sorted(omgangstaal.VULWOORDEN)), max_size=2))
    volgorde = data.draw(st.permutations([*bekend, *onbekend, *vulling]))
    uitkomst = zoek(" ".join(volgorde), gebruik_cache=False, snippets=False)
    assert uitkomst.totaal > 0, volgorde


# --- compounds from the word list ----------------------------------------------------------------


@pytest.mark.parametrize(
    "woord, delen",
    [
        ("kinderbijslagdossier", ("kinderbijslag", "dossier")),
        ("toeristenvisum", ("toeristen", "visum")),
        ("inburgeringsplicht", ("inburgering", "plicht")),
        ("verblijfsaanvraag", ("verblijf", "aanvraag")),
    ],
)
def test_compounds_split_with_the_dutch_word_list(woord, delen):
    assert analyse.splits(woord) == delen


def test_the_word_list_does_the_work_the_lexicon_cannot():
    assert "dossier" not in analyse.LEXICON and "toeristen" not in analyse.LEXICON
    lijst = analyse.gewone_woorden()
    assert {"dossier", "toeristen", "visum", "plicht"} <= lijst
    assert "dossier" in set(woordenlijst.woorden())
    assert analyse.gewone_woorden() is lijst  # loaded once per process
    # common words stay whole, prefixes and suffixes are no parts
    assert analyse.splits("onderwijs") == ()
    assert analyse.splits("vasthouding") == ()
    assert analyse.splits("indexering") == ()


def test_a_compound_of_word_list_words_finds_the_page_with_its_parts(site):
    pagina = maak_thema(
        "Kort verblijf",
        parent=site["verblijf"],
        samenvatting="Een visum voor toeristen en familiebezoek tot negentig dagen.",
    )
    assert urls("toeristenvisum")[0] == pagina.url


# --- FAQ questions weigh as a title --------------------------------------------------------------


def test_faq_questions_weigh_as_high_as_a_title(site):
    met_vraag = maak_thema(
        "Procedure bij het CGVS",
        parent=site["verblijf"],
        samenvatting="Het verloop van het persoonlijk onderhoud.",
        body=[
            *tekst("Het onderhoud duurt meestal een halve dag."),
            faq("Heb ik recht op een tolk?"),
        ],
    )
    in_tekst = maak_thema(
        "Beroep bij de RvV",
        parent=site["verblijf"],
        samenvatting="Het verloop van het beroep.",
        body=tekst("Het beroep duurt meestal enkele maanden; een tolk is mogelijk."),
    )
    document = ZoekDocument.objects.get(url=met_vraag.url)
    assert "tolk" in document.tokens_titel.split()
    assert "tolk" not in analyse.analyseer(document.titel)
    gevonden = urls("tolk")
    assert gevonden.index(met_vraag.url) < gevonden.index(in_tekst.url)
    # the page named after the words still comes before the one that only asks them
    assert urls("procedure")[0] == met_vraag.url


# --- learning from use ---------------------------------------------------------------------------


def test_clicks_to_one_page_without_the_words_propose_an_entry_that_waits_for_an_editor(site):
    vandaag = datetime.date.today()
    kaarten = site["verblijfskaarten"].url
    ZoekKlik.objects.create(dag=vandaag, zoekterm="blauw boekje", doel=kaarten, positie=4, aantal=5)
    ZoekKlik.objects.create(
        dag=vandaag, zoekterm="blauw boekje", doel=site["verblijf"].url, positie=1, aantal=1
    )
    # the words are on the page: the search finds it as it is, nothing to propose
    ZoekKlik.objects.create(
        dag=vandaag, zoekterm="verblijfskaart", doel=kaarten, positie=1, aantal=9
    )
    # too few clicks to tell
    ZoekKlik.objects.create(
        dag=vandaag, zoekterm="plastic kaart", doel=kaarten, positie=2, aantal=2
    )

    nieuw = voorstellen.stel_voor()
    assert [(v.uitdrukking, v.termen) for v in nieuw] == [("blauw boekje", "Verblijfskaarten")]
    voorstel = Omgangstaal.objects.get(uitdrukking="blauw boekje")
    assert voorstel.voorstel and not voorstel.actief
    assert "5 van de 6" in voorstel.opmerking
    assert kaarten not in urls("blauw boekje")  # proposed, never applied by itself
    assert voorstellen.stel_voor() == []  # not proposed twice

    voorstel.actief = True  # an editor reviews it and switches it on
    voorstel.save()
    assert urls("blauw boekje")[0] == kaarten
