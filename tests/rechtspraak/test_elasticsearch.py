"""The Elasticsearch side, without a server: the mapping with Dutch analysis and the query
bodies of the FacetedSearch. A live cluster is used only where ELASTICSEARCH_URL is set."""

import os

import pytest
from django.http import QueryDict

from rechtspraak.documents import UitspraakDocument, bouw_zoeker
from rechtspraak.search import Zoekvraag


def test_mapping_analyses_text_in_dutch_and_keeps_facets_as_keywords():
    mapping = UitspraakDocument._doc_type.mapping.to_dict()["properties"]
    for veld in ("titel", "samenvatting", "tekst", "trefwoorden"):
        assert mapping[veld] == {**mapping[veld], "type": "text", "analyzer": "nl_analyse"}
    for veld in ("instantie", "thema", "soort", "taal", "ecli"):
        assert mapping[veld]["type"] == "keyword"
    assert mapping["jaar"]["type"] == "integer"
    analyse = UitspraakDocument._index.to_dict()["settings"]["analysis"]
    assert analyse["filter"]["nl_stam"] == {"type": "stemmer", "language": "dutch"}
    assert analyse["filter"]["nl_stop"]["stopwords"] == "_dutch_"
    assert "asciifolding" in analyse["analyzer"]["nl_analyse"]["filter"]


@pytest.mark.django_db
def test_query_body_filters_hits_and_counts_each_facet_with_the_other_filters():
    vraag = Zoekvraag.uit_parameters(QueryDict("q=gezinshereniging&jaar=2024&soort=arrest&page=2"))
    body = bouw_zoeker(vraag, offset=20, limit=20)._s.to_dict()
    assert body["query"]["multi_match"]["query"] == "gezinshereniging"
    assert body["query"]["multi_match"]["operator"] == "and"
    assert body["from"] == 20 and body["size"] == 20
    # the hits are narrowed by every filter, after the aggregations
    assert {"terms": {"jaar": ["2024"]}} in body["post_filter"]["bool"]["must"]
    assert {"terms": {"soort": ["arrest"]}} in body["post_filter"]["bool"]["must"]
    # each facet is counted with the OTHER facets' filters
    assert body["aggs"]["_filter_jaar"]["filter"] == {"terms": {"soort": ["arrest"]}}
    assert body["aggs"]["_filter_soort"]["filter"] == {"terms": {"jaar": ["2024"]}}
    assert body["aggs"]["_filter_instantie"]["filter"]["bool"]["must"] == [
        {"terms": {"jaar": ["2024"]}},
        {"terms": {"soort": ["arrest"]}},
    ]
    assert body["sort"][0] == "_score"
    assert body["highlight"]["pre_tags"] == ["<mark>"]


@pytest.mark.django_db
def test_query_body_limits_hits_and_counts_to_the_date_range():
    vraag = Zoekvraag.uit_parameters(QueryDict("q=gezin&van=2023-01-01&tot=2024-06-30&jaar=2024"))
    body = bouw_zoeker(vraag)._s.to_dict()
    periode = {"range": {"datum": {"gte": "2023-01-01", "lte": "2024-06-30"}}}
    # in the query itself: the facet counts are within the period too
    assert periode in body["query"]["bool"]["filter"]
    assert body["query"]["bool"]["must"][0]["multi_match"]["query"] == "gezin"
    alleen_van = bouw_zoeker(Zoekvraag.uit_parameters(QueryDict("van=2023-01-01")))._s.to_dict()
    assert alleen_van["query"]["bool"]["filter"] == [{"range": {"datum": {"gte": "2023-01-01"}}}]


@pytest.mark.django_db
def test_query_body_without_words_sorts_by_date_and_matches_all():
    body = bouw_zoeker(Zoekvraag.uit_parameters(QueryDict("instantie=rvv")))._s.to_dict()
    assert "query" not in body
    assert body["sort"][0] == {"datum": {"order": "desc"}}
    instantie_id = Zoekvraag.uit_parameters(QueryDict("instantie=rvv")).filters()["instantie"][0]
    assert body["post_filter"] == {"terms": {"instantie": [str(instantie_id)]}}


@pytest.mark.elasticsearch
@pytest.mark.skipif(not os.environ.get("ELASTICSEARCH_URL"), reason="geen ELASTICSEARCH_URL")
@pytest.mark.django_db
def test_live_cluster_gives_the_same_results_as_the_database(settings, maak_uitspraak, client):
    from rechtspraak import documents
    from rechtspraak.models import Uitspraak

    maak_uitspraak("Gezinshereniging met een Belg", instantie="rvv", nummer="1")
    maak_uitspraak("Opvang van verzoekers", instantie="rvs", nummer="2")
    settings.ELASTICSEARCH_URL = ""
    database = client.get("/api/rechtspraak/", {"q": "gezinshereniging"}).json()
    settings.ELASTICSEARCH_URL = os.environ["ELASTICSEARCH_URL"]
    settings.ELASTICSEARCH_INDEX_PREFIX = "test-vr"
    documents.herbouw(Uitspraak.objects.filter(live=True))
    elastic = client.get("/api/rechtspraak/", {"q": "gezinshereniging"}).json()
    assert elastic["count"] == database["count"] == 1
    assert elastic["facets"]["instantie"] == database["facets"]["instantie"]
