"""The case-law search page, the JSON API and the feed, as a field professional uses them."""

import datetime
from xml.etree import ElementTree

import pytest

from rechtspraak.ecli import ecli_fout, normaliseer_ecli, normaliseer_nummer
from rechtspraak.models import Uitspraak

ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture
def databank(maak_thema, maak_uitspraak):
    verblijf = maak_thema("Verblijf")
    gezin = maak_thema("Gezinshereniging", parent=verblijf)
    opvang = maak_thema("Opvang")
    d = datetime.date
    return {
        "gezin": gezin,
        "opvang": opvang,
        "a": maak_uitspraak(
            "Bestaansmiddelen van de Belgische referentiepersoon",
            instantie="rvv",
            datum=d(2024, 2, 13),
            nummer="301 234",
            ecli="ecli:be:rvv:2024:arr.301234",
            themas=[gezin],
        ),
        "b": maak_uitspraak(
            "Gezinshereniging en het belang van het kind",
            instantie="rvv",
            datum=d(2023, 5, 2),
            nummer="290 001",
            themas=[gezin],
        ),
        "c": maak_uitspraak(
            "Wachttermijn gezinshereniging subsidiaire bescherming",
            instantie="gwh",
            datum=d(2024, 1, 18),
            nummer="7/2024",
            ecli="ECLI:BE:GHCC:2024:ARR.007",
            themas=[gezin],
        ),
        "d": maak_uitspraak(
            "Opvang van verzoekers om internationale bescherming",
            instantie="rvs",
            datum=d(2022, 12, 8),
            nummer="255.201",
            soort="arrest",
            taal="fr",
            themas=[opvang],
        ),
        "concept": maak_uitspraak(
            "Concept over gezinshereniging", instantie="rvv", live=False, nummer="999 999"
        ),
    }


def api(client, **params):
    antwoord = client.get("/api/rechtspraak/", params)
    assert antwoord.status_code == 200
    return antwoord.json()


def test_facet_counts_apply_the_other_facets_filters(client, databank):
    alles = api(client)
    assert alles["count"] == 4  # the draft is not public
    assert alles["facets"]["instantie"] == {
        "Raad voor Vreemdelingenbetwistingen": 2,
        "Raad van State": 1,
        "Grondwettelijk Hof": 1,
    }
    assert alles["facets"]["jaar"] == {"2024": 2, "2023": 1, "2022": 1}
    assert alles["facets"]["thema"] == {"Gezinshereniging": 3, "Opvang": 1}
    assert alles["facets"]["taal"] == {"Nederlands": 3, "Frans": 1}

    # filter on a year: the year facet still shows every year (its own filter left out),
    # the other facets count within 2024
    gefilterd = api(client, jaar="2024")
    assert gefilterd["count"] == 2
    assert gefilterd["facets"]["jaar"] == {"2024": 2, "2023": 1, "2022": 1}
    assert gefilterd["facets"]["instantie"] == {
        "Raad voor Vreemdelingenbetwistingen": 1,
        "Grondwettelijk Hof": 1,
    }

    # a filter takes the label shown in the facet or its code, in any combination
    per_label = api(
        client, instantie="Raad voor Vreemdelingenbetwistingen", thema="Gezinshereniging"
    )
    per_code = api(client, instantie="rvv", thema="verblijf/gezinshereniging")
    assert per_label["count"] == per_code["count"] == 2
    assert per_code["facets"]["instantie"]["Grondwettelijk Hof"] == 1
    assert per_code["facets"]["jaar"] == {"2024": 1, "2023": 1}


def test_full_text_with_facets_and_the_result_shape(client, databank):
    antwoord = api(client, q="gezinshereniging", jaar="2024")
    assert antwoord["count"] == 1
    [resultaat] = antwoord["results"]
    assert resultaat == {
        "title": "Wachttermijn gezinshereniging subsidiaire bescherming",
        "url": "http://testserver" + databank["c"].get_url(),
        "instantie": "Grondwettelijk Hof",
        "datum": "2024-01-18",
        "nummer": "7/2024",
        "ecli": "ECLI:BE:GHCC:2024:ARR.007",
        "bron": None,
        "snippet": resultaat["snippet"],
    }
    assert "gezinshereniging" in resultaat["snippet"].lower()
    assert antwoord["facets"]["jaar"] == {"2024": 1, "2023": 1}
    assert api(client, q="gezinshereniging")["count"] == 2 + 0  # a and d do not mention it


def test_search_page_shows_facets_and_keeps_state_in_the_url(client, databank):
    antwoord = client.get("/rechtspraak/", {"q": "gezinshereniging", "instantie": "rvv"})
    assert antwoord.status_code == 200
    html = antwoord.content.decode()
    assert "1 uitspraak" in html
    assert "Gezinshereniging en het belang van het kind" in html
    assert "<mark>" in html
    # the selected court links to the search without it, the other court adds itself
    assert 'href="?q=gezinshereniging"' in html
    assert 'href="?q=gezinshereniging&amp;instantie=rvv&amp;instantie=gwh"' in html
    assert 'aria-current="true"' in html


def test_a_decision_date_range_combines_with_the_facets(client, databank):
    # a 2024-02-13, b 2023-05-02, c 2024-01-18, d 2022-12-08
    periode = api(client, van="2023-01-01", tot="2024-01-31")
    assert periode["count"] == 2
    assert {r["datum"] for r in periode["results"]} == {"2023-05-02", "2024-01-18"}
    # the facets count within the period
    assert periode["facets"]["jaar"] == {"2024": 1, "2023": 1}
    assert periode["facets"]["instantie"] == {
        "Raad voor Vreemdelingenbetwistingen": 1,
        "Grondwettelijk Hof": 1,
    }
    # both bounds count, one bound alone works, and with a facet and words
    assert api(client, van="2024-01-18", tot="2024-01-18")["count"] == 1
    assert api(client, van="2024-01-01")["count"] == 2
    assert api(client, tot="2022-12-31")["count"] == 1
    assert api(client, van="2023-01-01", instantie="rvv")["count"] == 2
    assert api(client, q="gezinshereniging", van="2024-01-01")["count"] == 1
    # bounds the wrong way round are read the right way round
    assert api(client, van="2024-01-31", tot="2023-01-01")["count"] == 2


def test_the_search_page_shows_the_date_range_and_keeps_it(client, databank, maak_uitspraak):
    for i in range(25):
        maak_uitspraak(f"Opvolging {i}", instantie="rvs", datum=datetime.date(2010, 1, i + 1))
    html = client.get("/rechtspraak/", {"van": "2010-01-01", "tot": "2010-12-31"}).content.decode()
    assert "25 uitspraken" in html
    assert '<input id="rs-van" type="date" name="van" value="2010-01-01"' in html
    assert '<input id="rs-tot" type="date" name="tot" value="2010-12-31"' in html
    # facet links, the next page and the JSON link keep the period
    assert 'href="?van=2010-01-01&amp;tot=2010-12-31&amp;instantie=rvs"' in html
    assert 'href="?van=2010-01-01&amp;tot=2010-12-31&amp;page=2"' in html
    assert "/api/rechtspraak/?van=2010-01-01&amp;tot=2010-12-31" in html
    # the chosen period shows with the chosen filters, with a link that removes it
    assert "Van 1 januari 2010 tot en met 31 december 2010" in html
    assert (
        'href="?" aria-label="Periode van 1 januari 2010 tot en met 31 december 2010 wissen"'
        in html
    )


SLECHTE_DATUMS = [
    "2024-13-01",
    "2024-02-30",
    "24-01-01",
    "2024-1-1",
    "01/02/2024",
    "20240101",
    "2024-W01-1",
    "0000-00-00",
    "9999-99-99",
    "gisteren",
    "2024-01-01T10:00",
    "x" * 5000,
]


@pytest.mark.parametrize("datum", SLECHTE_DATUMS)
def test_a_malformed_date_counts_as_not_given(client, databank, datum):
    for naam in ("van", "tot"):
        antwoord = client.get("/rechtspraak/", {naam: datum})
        assert antwoord.status_code == 200
        assert "4 uitspraken" in antwoord.content.decode()
        assert "is geen datum" in antwoord.content.decode()
        assert api(client, **{naam: datum})["count"] == 4


def test_sorting_and_paging(client, databank, maak_uitspraak):
    for i in range(25):
        maak_uitspraak(f"Opvolging {i}", instantie="rvs", datum=datetime.date(2010, 1, i + 1))
    nieuwste = api(client, instantie="rvs")
    assert nieuwste["count"] == 26
    assert nieuwste["results"][0]["datum"] == "2022-12-08"
    oudste = client.get("/api/rechtspraak/", {"instantie": "rvs", "sortering": "oudste"}).json()
    assert oudste["results"][0]["datum"] == "2010-01-01"
    tweede = api(client, instantie="rvs", page="2")
    assert len(tweede["results"]) == 6
    assert api(client, instantie="rvs", page="9")["results"] == []
    # the HTML page shows the last page instead
    html = client.get("/rechtspraak/", {"instantie": "rvs", "page": "9"}).content.decode()
    assert "Pagina 2 van 2" in html


SLECHTE_PARAMETERS = [
    {"jaar": "-2024"},
    {"jaar": "twintig"},
    {"jaar": "99999999999999999999"},
    {"instantie": "Hof van Oz"},
    {"thema": "bestaat/niet"},
    {"soort": "vonnisje", "taal": "xx"},
    {"page": "-1"},
    {"page": "abc"},
    {"page": "99999999999"},
    {"sortering": "willekeurig"},
    {"q": 'gezins" AND (OR NEAR "'},
    {"q": "bestaans*middelen ^ - : {}"},
    {"q": "gezins\x00hereniging"},
    {"q": "ECLI:BE:RVV"},
    {"q": "x" * 10_000},
    {"q": "'" * 50},
    {"van": "0001-01-01", "tot": "9999-12-31"},
    {"van": "2024-02-30", "tot": "-1"},
]


def test_bad_url_parameters_give_a_normal_page(client, databank):
    for params in SLECHTE_PARAMETERS:
        antwoord = client.get("/rechtspraak/", params)
        assert antwoord.status_code == 200, params
        assert b"<h1>Rechtspraak</h1>" in antwoord.content
        assert client.get("/api/rechtspraak/", params).status_code == 200, params


def test_unknown_filter_is_ignored_with_a_message(client, databank):
    html = client.get("/rechtspraak/", {"instantie": "Hof van Oz"}).content.decode()
    assert "Instantie &#x27;Hof van Oz&#x27; is onbekend" in html
    assert "4 uitspraken" in html


def test_typing_an_ecli_or_number_goes_straight_to_the_judgment(client, databank):
    for q in [
        "RvV 301234",
        "rvv 301 234",
        "nr. 301.234",
        "301 234",
        "ecli:be:rvv:2024:arr.301234 ",
    ]:
        antwoord = client.get("/rechtspraak/", {"q": q})
        assert antwoord.status_code == 302, q
        assert antwoord["Location"] == databank["a"].get_url()


def test_the_site_search_in_the_header_goes_to_the_judgment_too(client, databank):
    """The header's search box (/zoeken/) knows the same numbers and ECLIs as the
    case-law search box, court abbreviation included."""
    for q in [
        "RvV 301234",
        "rvv 301 234",
        "RvV nr. 301.234",
        "ECLI:BE:RVV:2024:ARR.301234",
        "ecli:be:rvv:2024:arr.301234 ",
    ]:
        antwoord = client.get("/zoeken/", {"q": q})
        assert antwoord.status_code == 302, q
        assert antwoord["Location"] == databank["a"].get_url(), q
    assert client.get("/zoeken/", {"q": "GwH 7/2024"})["Location"] == databank["c"].get_url()
    # words, a year, a draft's number and a number of the wrong court stay a search
    for q in ["bestaansmiddelen", "2024", "RvV 999 999", "GwH 301234"]:
        assert client.get("/zoeken/", {"q": q}).status_code == 200, q


def test_numbers_of_other_courts_and_years_are_not_mistaken(client, databank):
    assert client.get("/rechtspraak/", {"q": "GwH 7/2024"})["Location"] == databank["c"].get_url()
    assert client.get("/rechtspraak/", {"q": "2024"}).status_code == 200  # a year, not nr. 2024
    # a draft's number is not public
    assert client.get("/rechtspraak/", {"q": "RvV 999 999"}).status_code == 200


def test_invalid_or_unknown_ecli_in_the_search_box_explains(client, databank):
    html = client.get("/rechtspraak/", {"q": "ECLI:BE:RVV:24:X"}).content.decode()
    assert "geen geldige ECLI" in html
    html = client.get("/rechtspraak/", {"q": "ECLI:BE:RVV:2020:ARR.1"}).content.decode()
    assert "Er staat geen uitspraak met ECLI ECLI:BE:RVV:2020:ARR.1 in de databank" in html


def test_ecli_url_redirects_regardless_of_case(client, databank):
    antwoord = client.get("/rechtspraak/ecli/ecli:be:ghcc:2024:arr.007/")
    assert antwoord.status_code == 302
    assert antwoord["Location"] == databank["c"].get_url()
    assert client.get("/rechtspraak/ecli/ECLI:BE:GHCC:2024:ARR.999/").status_code == 404
    assert client.get("/rechtspraak/ecli/geen-ecli/").status_code == 404


def test_judgment_page_and_its_canonical_address(client, databank):
    a = databank["a"]
    html = client.get(a.get_url()).content.decode()
    assert "ECLI:BE:RVV:2024:ARR.301234" in html
    assert "Raad voor Vreemdelingenbetwistingen" in html
    assert "Gezinshereniging" in html
    verkeerde_slug = client.get(f"/rechtspraak/{a.pk}/iets-anders/")
    assert verkeerde_slug.status_code == 301 and verkeerde_slug["Location"] == a.get_url()
    assert client.get(f"/rechtspraak/{a.pk}/")["Location"] == a.get_url()
    concept = databank["concept"]
    assert client.get(concept.get_url()).status_code == 404


def test_a_judgment_in_french_says_so_to_screen_readers(client, databank):
    d = databank["d"]  # taal="fr"
    html = client.get(d.get_url()).content.decode()
    assert f'<h1 lang="fr">{d.titel}</h1>' in html
    assert '<div lang="fr"><p>Samenvatting van opvang' in html
    lijst = client.get("/rechtspraak/", {"instantie": "rvs"}).content.decode()
    assert f'<h3 lang="fr"><a href="{d.get_url()}">' in lijst
    # Dutch judgments need nothing: the page is nl-BE
    assert 'lang="fr"' not in client.get(databank["a"].get_url()).content.decode()


def test_the_source_link_on_the_judgment_page_and_in_the_api(client, databank):
    a = databank["a"]
    a.bron_url = "https://juportal.be/content/ECLI:BE:RVV:2024:ARR.301234/NL"
    a.save()
    html = client.get(a.get_url()).content.decode()
    assert (
        '<a href="https://juportal.be/content/ECLI:BE:RVV:2024:ARR.301234/NL" '
        'rel="external noopener">juportal.be</a>'
    ) in html
    [resultaat] = api(client, instantie="rvv", jaar="2024")["results"]
    assert resultaat["bron"] == "https://juportal.be/content/ECLI:BE:RVV:2024:ARR.301234/NL"
    # without one, the page has no empty "Bron"
    assert "<dt>Bron</dt>" not in client.get(databank["b"].get_url()).content.decode()


def test_feed_of_new_judgments_overall_per_theme_and_court(client, databank):
    def titels(**params):
        antwoord = client.get("/rechtspraak/feed/", params)
        assert antwoord.status_code == 200
        assert antwoord["Content-Type"].startswith("application/atom+xml")
        boom = ElementTree.fromstring(antwoord.content)
        return [e.find(f"{ATOM}title").text for e in boom.findall(f"{ATOM}entry")]

    alles = titels()
    assert len(alles) == 4 and not any("Concept" in t for t in alles)
    # a theme includes its sub-themes
    assert len(titels(thema="verblijf")) == 3
    assert titels(thema="opvang") == [
        "Opvang van verzoekers om internationale bescherming (RvS 08-12-2022, nr. 255.201)"
    ]
    assert len(titels(instantie="RvV")) == 2
    assert client.get("/rechtspraak/feed/", {"thema": "bestaat-niet"}).status_code == 404


def test_unpublishing_removes_a_judgment_from_search_and_feed(client, databank):
    a = databank["a"]
    a.unpublish()
    assert api(client, q="referentiepersoon")["count"] == 0
    assert client.get(a.get_url()).status_code == 404
    assert client.get("/rechtspraak/ecli/ECLI:BE:RVV:2024:ARR.301234/").status_code == 404


@pytest.mark.parametrize(
    ("ecli", "fout"),
    [
        ("ECLI:BE:RVV:2024:ARR.301234", None),
        ("ecli:be:ghcc:2024:arr.001", None),
        ("ECLI:EU:C:2024:487", None),
        ("ECLI:CE:ECHR:2023:0112JUD001234520", None),
        ("ECLI:BEL:RVV:2024:1", "landcode"),
        ("ECLI:BE:RVVRVVRV:2024:1", "rechtscollege"),
        ("ECLI:BE:RVV:24:1", "jaar"),
        ("ECLI:BE:RVV:2024:ARR_1", "volgnummer"),
        ("ECLI:BE:RVV:2024:" + "1" * 26, "volgnummer"),
        ("BE:RVV:2024:1", "vijf delen"),
    ],
)
def test_ecli_validation(ecli, fout):
    reden = ecli_fout(normaliseer_ecli(ecli))
    assert (reden is None) if fout is None else (fout in reden)


def test_ecli_is_stored_upper_case_and_unique(databank, maak_uitspraak):
    assert Uitspraak.objects.get(pk=databank["a"].pk).ecli == "ECLI:BE:RVV:2024:ARR.301234"
    from django.core.exceptions import ValidationError

    dubbel = Uitspraak(
        titel="Dubbel",
        instantie=databank["a"].instantie,
        datum=datetime.date(2024, 1, 1),
        nummer="1",
        samenvatting="x",
        ecli="Ecli:Be:Rvv:2024:Arr.301234",
    )
    with pytest.raises(ValidationError) as fout:
        dubbel.full_clean()
    assert "al gebruikt" in str(fout.value)


def test_number_normalisation():
    assert normaliseer_nummer("nr. 301.234") == normaliseer_nummer("301 234") == "301234"
    assert normaliseer_nummer("C-646/21") == "C64621"


@pytest.mark.parametrize("alles_rangschikken", [True, False])
def test_relevance_puts_the_word_in_the_title_first(
    client, databank, maak_uitspraak, monkeypatch, alles_rangschikken
):
    """Up to a limit the database ranks every match (bm25 / ts_rank); above it, matches in
    the title or summary come first. Either way the judgment about the subject wins over a
    newer one that mentions it in passing; sorted by date, the newer one comes first."""
    from rechtspraak import search

    if not alles_rangschikken:
        monkeypatch.setitem(search.EXACT_GRENS, "sqlite", 0)
        monkeypatch.setitem(search.EXACT_GRENS, "postgresql", 0)
    over = maak_uitspraak("Inreisverbod van acht jaar", datum=datetime.date(2015, 1, 1))
    terloops = maak_uitspraak(
        "Verlenging van een verblijfskaart",
        datum=datetime.date(2025, 1, 1),
        tekst="Een eerder inreisverbod was intussen verstreken.",
    )
    titels = [r["title"] for r in api(client, q="inreisverbod")["results"]]
    assert titels == [over.titel, terloops.titel]
    op_datum = api(client, q="inreisverbod", sortering="datum")["results"]
    assert [r["title"] for r in op_datum] == [terloops.titel, over.titel]


def test_an_abbreviation_finds_what_is_spelled_out_and_back(client, databank, maak_uitspraak):
    afgekort = maak_uitspraak("Weigering door de DVZ", datum=datetime.date(2020, 1, 1))
    voluit = maak_uitspraak(
        "Weigering door de Dienst Vreemdelingenzaken", datum=datetime.date(2021, 1, 1)
    )
    for q in ("DVZ", "Dienst Vreemdelingenzaken", "dvz weigering"):
        assert {r["title"] for r in api(client, q=q)["results"]} == {
            afgekort.titel,
            voluit.titel,
        }, q


def test_without_a_shared_cache_another_process_changes_show_within_a_minute(
    client, databank, monkeypatch
):
    """Without Redis every process has its own generation number: a judgment published by
    another process (here: a change the generation does not hear of) is found once the
    in-memory columns are older than TTL_ZONDER_GEDEELDE_CACHE."""
    from rechtspraak import kolommen

    assert not kolommen.gedeelde_cache()  # the tests run on local memory
    assert api(client, instantie="rvs")["count"] == 1
    Uitspraak.objects.filter(pk=databank["a"].pk).update(instantie=databank["d"].instantie)
    # (each call a different search: the result cache would answer a repeated one)
    assert api(client, instantie="rvs", soort="arrest")["count"] == 1
    nu = kolommen.time.monotonic()
    monkeypatch.setattr(
        kolommen.time, "monotonic", lambda: nu + kolommen.TTL_ZONDER_GEDEELDE_CACHE + 1
    )
    assert api(client, instantie="rvs", sortering="oudste")["count"] == 2


def test_both_apis_give_the_snippet_as_escaped_html_with_only_mark(
    client, maak_uitspraak, django_capture_on_commit_callbacks
):
    """One rule for /api/zoeken/ and /api/rechtspraak/: `snippet` is HTML in which the text
    is escaped and the only element is <mark> around the query's words, so a client that
    inserts it as HTML shows the summary's "<img ...>" as text and the marks as marks."""
    from html import unescape
    from html.parser import HTMLParser

    samenvatting = 'Bestaansmiddelen <img src=x onerror=alert(1)> & "quotes" <b>vet</b>.'
    with django_capture_on_commit_callbacks(execute=True):  # the site search indexes then
        maak_uitspraak("Inkomen van de referentiepersoon", samenvatting=samenvatting)

    class Elementen(HTMLParser):
        def __init__(self):
            super().__init__()
            self.tags = []

        def handle_starttag(self, tag, attrs):
            self.tags.append((tag, attrs))

    snippets = [
        api(client, q="bestaansmiddelen")["results"][0]["snippet"],
        client.get("/api/zoeken/", {"q": "bestaansmiddelen", "type": "uitspraak"}).json()[
            "results"
        ][0]["snippet"],
    ]
    for snippet in snippets:
        lezer = Elementen()
        lezer.feed(snippet)
        assert lezer.tags == [("mark", [])], snippet
        assert "<mark>Bestaansmiddelen</mark>" in snippet
        tekst = unescape(snippet.replace("<mark>", "").replace("</mark>", ""))
        assert tekst.startswith(samenvatting.rstrip("."))
