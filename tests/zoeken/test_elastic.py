"""The Elasticsearch variant, without a cluster: the mapping and the query body are built
from the same tokens as the database index, never from the user's text."""

import json

import pytest
from django.test import override_settings

from zoeken import elastic, search
from zoeken.analyse import ontleed_query


def test_mapping_stores_pre_analysed_tokens_with_the_whitespace_analyzer():
    mapping = elastic.ZoekDoc._doc_type.mapping.to_dict()["properties"]
    for veld in ("tokens_titel", "tokens_samenvatting", "tokens_tekst", "tokens_extra"):
        assert mapping[veld] == {"type": "text", "analyzer": "whitespace"}
    assert mapping["type"] == {"type": "keyword"}


@pytest.mark.django_db
def test_query_body_is_the_analysis_as_a_bool_query():
    query = ontleed_query('gezinshereniging "AND NEAR( belg*')
    body = elastic.zoek_search(query.expressie("and"), "thema", 50).to_dict()
    assert body["query"]["bool"]["filter"] == [{"term": {"type": "thema"}}]
    must = body["query"]["bool"]["must"]
    tekst = json.dumps(body)
    assert '"gezinshereen"' in tekst and '"hereen"' in tekst and '"belg"' in tekst
    assert "NEAR" not in tekst and "*" not in tekst.replace('"tokens', "")
    assert "query_string" not in tekst  # user text never reaches ES query syntax
    assert {"multi_match"} <= {k for m in must for k in m} | {
        k for m in must for s in m.get("bool", {}).get("should", []) for k in s
    }
    assert body["size"] == 50 and body["_source"] is False
    assert body["aggs"]["per_type"]["terms"]["field"] == "type"


def test_fields_weigh_title_above_summary_above_body():
    gewichten = dict(v.split("^") if "^" in v else (v, "1") for v in elastic.VELDEN)
    assert float(gewichten["tokens_titel"]) > float(gewichten["tokens_samenvatting"]) > 1


@override_settings(ELASTICSEARCH_URL="http://127.0.0.1:9", ELASTICSEARCH_INDEX_PREFIX="test")
def test_elasticsearch_is_used_when_configured():
    assert isinstance(search.backend(), elastic.ElasticBackend)
    assert elastic.index_naam() == "test-zoeken"


@override_settings(ELASTICSEARCH_URL=None)
def test_the_database_is_used_otherwise():
    assert not isinstance(search.backend(), elastic.ElasticBackend)
