"""The Elasticsearch variant of the index, used when ELASTICSEARCH_URL is set.

Same tokens as the database index (analysed in Python by analyse.py), stored in fields with
the `whitespace` analyzer: Elasticsearch only matches tokens, exactly like FTS5 and tsvector.
The database rows (`ZoekDocument`) stay the source of truth; this index is rebuilt from them.
"""

import logging

from django.conf import settings
from elasticsearch.dsl import Date, Document, Keyword, Q, Search, Text

from .analyse import En, Of, Term

logger = logging.getLogger(__name__)

VELDEN = ["tokens_titel^10", "tokens_extra^8", "tokens_samenvatting^4", "tokens_tekst"]


def index_naam(naam="zoeken") -> str:
    """The name of an index of this site in the cluster: the site search's, or another
    app's (rechtspraak/documents.py), behind the configured prefix."""
    prefix = getattr(settings, "ELASTICSEARCH_INDEX_PREFIX", "vreemdelingenrecht")
    return f"{prefix}-{naam}"


def document_van(klasse, bron, velden, meta=None, **berekend):
    """An elasticsearch-dsl document of `klasse` for the row `bron`: its id, the fields named
    in `velden` copied as they are, and the `berekend` ones given (for rechtspraak's
    judgments too, documents.py)."""
    return klasse(
        meta={"id": bron.pk, **(meta or {})},
        **{veld: getattr(bron, veld) for veld in velden},
        **berekend,
    )


class ZoekDoc(Document):
    type = Keyword()
    titel = Keyword(index=False)
    datum = Date()
    tokens_titel = Text(analyzer="whitespace")
    tokens_samenvatting = Text(analyzer="whitespace")
    tokens_tekst = Text(analyzer="whitespace")
    tokens_extra = Text(analyzer="whitespace")

    class Index:
        name = "vreemdelingenrecht-zoeken"  # replaced by index_naam() at use


ZOEKDOC_VELDEN = [
    "type",
    "titel",
    "datum",
    "tokens_titel",
    "tokens_samenvatting",
    "tokens_tekst",
    "tokens_extra",
]


def als_query(expressie):
    """The analysis' expression tree as an Elasticsearch query (no query string parsing:
    user input never reaches ES syntax)."""
    if isinstance(expressie, Term):
        return Q("multi_match", query=expressie.token, fields=VELDEN, operator="and")
    if isinstance(expressie, En):
        return Q("bool", must=[als_query(d) for d in expressie.delen])
    if isinstance(expressie, Of):
        return Q("bool", should=[als_query(d) for d in expressie.delen], minimum_should_match=1)
    raise TypeError(expressie)


def zoek_search(expressie, type=None, limit=200) -> Search:
    search = Search(index=index_naam()).query(als_query(expressie))
    if type:
        search = search.filter("term", type=type)
    search.aggs.bucket("per_type", "terms", field="type", size=10)
    return search.extra(size=limit, track_total_hits=True).source(False)


class ElasticBackend:
    def __init__(self, url):
        from elasticsearch import Elasticsearch

        self.client = Elasticsearch(url, request_timeout=5)

    def _doc(self, doc):
        return document_van(ZoekDoc, doc, ZOEKDOC_VELDEN, meta={"index": index_naam()})

    def maak_index(self):
        ZoekDoc.init(index=index_naam(), using=self.client)

    def indexeer(self, docs):
        from elasticsearch.helpers import bulk

        self.maak_index()
        bulk(self.client, (self._doc(d).to_dict(include_meta=True) for d in docs))

    def verwijder(self, ids):
        for pk in ids:
            self.client.delete(index=index_naam(), id=pk, ignore_status=404)

    def herbouw(self, queryset):
        self.client.indices.delete(index=index_naam(), ignore_unavailable=True)
        self.indexeer(queryset.iterator(chunk_size=2000))

    # the query side, same interface as the database backends in search.py
    def kandidaten(self, expressie, type, limit, aantal=None):
        response = zoek_search(expressie, type, limit).using(self.client).execute()
        return [(int(hit.meta.id), hit.meta.score) for hit in response]

    def tel(self, expressie):
        response = zoek_search(expressie, None, 0).using(self.client).execute()
        return {b.key: b.doc_count for b in response.aggregations.per_type.buckets}

    def heeft_treffers(self, expressie):
        return self.tel(expressie) != {}


_backend = {"url": None, "backend": None}


def backend():
    url = getattr(settings, "ELASTICSEARCH_URL", None)
    if not url or not getattr(settings, "ZOEKEN_ELASTICSEARCH", True):
        return None
    if _backend["url"] != url:
        _backend["backend"] = ElasticBackend(url)
        _backend["url"] = url
    return _backend["backend"]
