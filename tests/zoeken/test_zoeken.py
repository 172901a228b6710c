"""The search page and the JSON endpoints, as a reader uses them."""

import pytest

from zoeken.models import ZoekDocument
from zoeken.search import zoek


def titels(q, **kwargs):
    return [r.titel for r in zoek(q, **kwargs).resultaten]


# --- what a field worker types ------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "verwacht"),
    [
        ("hereniging", "Gezinshereniging"),
        ("gezinshereniging", "Gezinshereniging"),
        ("verblijfskaart", "Verblijfskaarten"),
        ("huwelijken", "Huwelijk"),
        ("oekraine", "Oekraïne"),
        ("RvV", "RvV 12 maart 2024, nr. 301 234"),
        ("Raad voor Vreemdelingenbetwistingen", "RvV 12 maart 2024, nr. 301 234"),
        ("gezinsherniging", "Gezinshereniging"),
        ("nationalitijt", "Belgische nationaliteit"),
        ("nationaliteitsverklaring", "Belgische nationaliteit"),
        ("recht op leefloon na erkenning", "Leefloon"),
        ("EU-burger", "Unieburger"),
        ("werkvergunning", "Arbeidskaart en gecombineerde vergunning"),
    ],
)
def test_the_page_she_means_comes_first(site, query, verwacht):
    assert titels(query)[0] == verwacht


def test_a_page_with_all_the_words_ranks_above_pages_with_some(site):
    """For "leefloon na erkenning" few pages hold both words, so pages with either are shown
    too; those with both come first, and among them the page that holds the words as
    typed before one that holds "leefloon" only through its synonym "maatschappelijke
    integratie" (the nationality declaration, where that means something else)."""
    from zoeken import index

    index.indexeer_document(
        bron="test.pagina",
        sleutel="nationaliteitsverklaring",
        type="thema",
        titel="Nationaliteitsverklaring",
        url="/nationaliteit/nationaliteitsverklaring/",
        samenvatting="Na vijf jaar wettig verblijf kan een vreemdeling Belg worden.",
        tekst=(
            "Kennis van een landstaal en maatschappelijke integratie, bijvoorbeeld een "
            "inburgeringsattest. De periode van het verzoek om internationale bescherming "
            "telt mee als het verzoek tot erkenning leidde."
        ),
    )
    index.indexeer_document(
        bron="test.pagina",
        sleutel="opvang",
        type="thema",
        titel="Opvang van verzoekers",
        url="/internationale-bescherming/opvang/",
        samenvatting="Verzoekers om internationale bescherming hebben recht op materiële hulp.",
        tekst=(
            "Einde van de opvang na erkenning: wie erkend wordt, verlaat de opvangstructuur "
            "en gaat daarna naar het OCMW voor leefloon."
        ),
    )
    resultaten = titels("leefloon na erkenning")
    assert resultaten[:2] == ["Opvang van verzoekers", "Nationaliteitsverklaring"]
    # the pages that hold only one of the words follow
    assert {"Leefloon", "Huwelijk"} <= set(resultaten[2:])


def test_title_and_summary_weigh_more_than_body(site):
    # "gemeente" is in the body of Gezinshereniging and Verblijfskaarten only
    resultaten = titels("ambassade")
    assert resultaten == ["Gezinshereniging"]
    # the four pages with the word in their title come before the judgments that only
    # mention it in their summary; the theme page of that name first
    resultaten = titels("gezinshereniging")
    assert resultaten[0] == "Gezinshereniging"
    assert set(resultaten[:4]) == {
        "Gezinshereniging",
        "Gezinshereniging met een Belg",
        "Strengere inkomensvoorwaarde bij gezinshereniging",
        "Gezinshereniging: nieuwe formulieren",
    }
    assert set(resultaten[4:]) == {
        "RvV 12 maart 2024, nr. 301 234",
        "GwH 7 juli 2023, nr. 110/2023",
    }


def test_recent_news_before_old(site):
    nieuws = titels("gezinshereniging", type="nieuws")
    assert nieuws == [
        "Strengere inkomensvoorwaarde bij gezinshereniging",
        "Gezinshereniging: nieuwe formulieren",
    ]


def test_typo_gives_a_did_you_mean(site):
    uitkomst = zoek("gezinsherniging")
    assert uitkomst.suggestie == "gezinshereniging"
    assert uitkomst.gecorrigeerd


# --- the page -------------------------------------------------------------------------------


def test_a_corrected_search_says_one_thing(client, site):
    """No "no results" followed by a count of results for the same words: the page says
    that the typed words found nothing and whose results it shows instead."""
    html = client.get("/zoeken/", {"q": "gezinsherniging"}).content.decode()
    assert "Geen resultaten voor “gezinsherniging”. Resultaten voor “gezinshereniging”:" in html
    assert html.count("“gezinsherniging”") == 2  # the title and that one sentence
    assert "resultaten voor “gezinsherniging”" not in html.replace("Geen resultaten", "")
    # a result opens through the search log's redirect (zoeken/zoeklog.py)
    assert "u=%2Fverblijf%2Fgezinshereniging%2F&amp;s=" in html


def test_search_page_shows_filters_snippets_and_counts(client, site):
    response = client.get("/zoeken/", {"q": "gezinshereniging", "direct": "0"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "6 resultaten voor “gezinshereniging”" in html
    assert "<mark>gezinshereniging</mark>" in html
    assert "Themapagina&#x27;s (2)" in html
    assert 'href="?q=gezinshereniging&amp;type=nieuws&amp;direct=0">Nieuws (2)</a>' in html
    assert "u=%2Fverblijf%2Fgezinshereniging%2F&amp;s=" in html


def test_type_filter_limits_the_results(client, site):
    response = client.get("/zoeken/", {"q": "hereniging", "type": "uitspraak"})
    resultaten = [r.titel for r in response.context["uitkomst"].resultaten]
    assert set(resultaten) == {"RvV 12 maart 2024, nr. 301 234", "GwH 7 juli 2023, nr. 110/2023"}
    assert "<strong>Rechtspraak (2)</strong>" in response.content.decode()


def test_pagination(client, site):
    from zoeken import index

    index.indexeer_documenten(
        {
            "bron": "t",
            "sleutel": i,
            "type": "nieuws",
            "titel": f"Verblijfsrecht bericht {i}",
            "url": f"/n/{i}/",
        }
        for i in range(25)
    )
    eerste = client.get("/zoeken/", {"q": "verblijfsrecht"})
    assert eerste.context["uitkomst"].aantal_paginas == 3
    assert 'rel="next" href="?q=verblijfsrecht&amp;direct=0&amp;page=2"' in eerste.content.decode()
    derde = client.get("/zoeken/", {"q": "verblijfsrecht", "page": "3"})
    assert len(derde.context["uitkomst"].resultaten) == 6
    voorbij = client.get("/zoeken/", {"q": "verblijfsrecht", "page": "99"})
    assert voorbij.context["uitkomst"].pagina == 3
    alle = {r.url for p in (1, 2, 3) for r in zoek("verblijfsrecht", pagina=p).resultaten}
    assert len(alle) == 26  # 25 news items and the theme page, none twice


def test_direct_hits_redirect(client, site):
    assert client.get("/zoeken/", {"q": "Gezinshereniging met een Belg"})["Location"] == (
        "/verblijf/gezinshereniging/gezinshereniging-met-een-belg/"
    )
    assert client.get("/zoeken/", {"q": "gezinshereniging met een belg "}).status_code == 302
    assert client.get("/zoeken/", {"q": "ECLI:BE:RVV:2024:ARR.301234"})["Location"] == (
        "/rechtspraak/1/"
    )
    assert client.get("/zoeken/", {"q": "ecli:be:rvv:2024:arr.301234"}).status_code == 302
    assert client.get("/zoeken/", {"q": "nr. 301.234"})["Location"] == "/rechtspraak/1/"
    assert client.get("/zoeken/", {"q": "110/2023"})["Location"] == "/rechtspraak/2/"
    # a filter link does not redirect again
    assert client.get("/zoeken/", {"q": "Gezinshereniging", "direct": "0"}).status_code == 200


def test_a_direct_hit_never_leaves_the_site(client, site):
    ZoekDocument.objects.filter(titel="Huwelijk").update(url="https://evil.example/")
    assert client.get("/zoeken/", {"q": "Huwelijk"}).status_code == 200


def test_empty_and_no_result_pages_help_the_reader(client, site):
    leeg = client.get("/zoeken/")
    assert leeg.status_code == 200 and b"Waar zoekt u naar?" in leeg.content
    niets = client.get("/zoeken/", {"q": "xylofoonconcert"})
    assert "Geen resultaten voor “xylofoonconcert”" in niets.content.decode()
    assert b"juridesk" in niets.content


def test_search_page_works_without_javascript_and_labels_its_input(client, site):
    html = client.get("/zoeken/", {"q": "verblijfsdocumenten"}).content.decode()
    assert '<label for="zoek-pagina">' in html
    assert 'action="/zoeken/" method="get"' in html
    assert "<script>" not in html


# --- JSON ------------------------------------------------------------------------------------


def test_api_search(client, site):
    data = client.get("/api/zoeken/", {"q": "gezinshereniging", "type": "nieuws"}).json()
    assert data["count"] == 2
    eerste = data["results"][0]
    assert set(eerste) == {"title", "url", "type", "snippet", "date"}
    assert eerste["type"] == "nieuws"
    assert eerste["title"] == "Strengere inkomensvoorwaarde bij gezinshereniging"
    assert "<mark>" in eerste["snippet"]
    assert len(eerste["date"]) == 10


def test_api_search_without_query_and_with_bad_parameters(client, site):
    assert client.get("/api/zoeken/").json() == {
        "count": 0,
        "results": [],
        "page": 1,
        "pages": 0,
        "counts": {},
        "partial": False,
    }
    data = client.get("/api/zoeken/", {"q": "verblijf", "type": "blog", "page": "x", "limit": "-1"})
    assert data.status_code == 200 and data.json()["count"] > 0


def test_api_suggestions_give_theme_titles(client, site):
    data = client.get("/api/suggesties/", {"q": "gezin"}).json()
    assert [s["title"] for s in data["suggesties"]] == [
        "Gezinshereniging",
        "Gezinshereniging met een Belg",
    ]
    assert data["suggesties"][0]["url"] == "/verblijf/gezinshereniging/"
    assert client.get("/api/suggesties/", {"q": "v"}).json() == {"suggesties": []}
    assert "Arbeidskaart en gecombineerde vergunning" in [
        s["title"] for s in client.get("/api/suggesties/", {"q": "arbeidsk"}).json()["suggesties"]
    ]
