"""Elasticsearch for the case-law database, through elasticsearch-dsl (shipped inside the 8.x
client as `elasticsearch.dsl`, the same client major that Wagtail's elasticsearch8 backend
uses). Used only when settings.ELASTICSEARCH_URL is set.

- UitspraakDocument: the mapping, with Dutch analysis (folding, Dutch stop words and stemmer)
  for the text fields and keywords for the facets. Facet fields hold the same internal values
  as the database engine (instantie and thema ids, year, soort/taal codes), so search.py
  labels both engines' facets in one place.
- UitspraakZoeker: a FacetedSearch; its aggregations count each facet with the other facets'
  filters applied, and the post_filter narrows the hits: the same behaviour as the database.
- Only live judgments are in the index: publish adds, unpublish and delete remove
  (indexering.py), `manage.py rechtspraak_index` rebuilds it."""

from django.conf import settings
from elasticsearch.dsl import (
    Date,
    Document,
    FacetedSearch,
    Integer,
    Keyword,
    TermsFacet,
    Text,
    analyzer,
    connections,
    token_filter,
)
from elasticsearch.helpers import bulk

from zoeken import elastic

from .zoekvraag import Zoekantwoord

nl_stop = token_filter("nl_stop", type="stop", stopwords="_dutch_")
nl_stam = token_filter("nl_stam", type="stemmer", language="dutch")
nl_analyse = analyzer(
    "nl_analyse",
    tokenizer="standard",
    filter=["lowercase", "asciifolding", nl_stop, nl_stam],
)
nummer_normalizer = "lowercase"


def index_naam():
    return elastic.index_naam("rechtspraak")


class UitspraakDocument(Document):
    titel = Text(analyzer=nl_analyse, fields={"raw": Keyword()})
    samenvatting = Text(analyzer=nl_analyse)
    tekst = Text(analyzer=nl_analyse)
    trefwoorden = Text(analyzer=nl_analyse, fields={"raw": Keyword()}, multi=True)
    wetgeving = Text(analyzer=nl_analyse)
    identificatie = Text(analyzer="standard")  # ECLI, number as written and normalised
    ecli = Keyword()
    nummer = Keyword()
    instantie = Keyword()
    instantie_naam = Keyword()
    jaar = Integer()
    datum = Date()
    gepubliceerd_op = Date()
    thema = Keyword(multi=True)
    soort = Keyword()
    taal = Keyword()

    class Index:
        name = "rechtspraak"  # replaced by index_naam() in verbinding()
        settings = {"number_of_shards": 1, "number_of_replicas": 0}

    @classmethod
    def uit_model(cls, uitspraak):
        return elastic.document_van(
            cls,
            uitspraak,
            ZOALS_IN_HET_MODEL,
            trefwoorden=uitspraak.trefwoorden_lijst,
            identificatie=uitspraak.identificatie_termen(),
            instantie=str(uitspraak.instantie_id),
            instantie_naam=uitspraak.instantie.naam,
            thema=[str(t.pk) for t in uitspraak.themas.all()],
        )


# the fields of UitspraakDocument that hold the model's value as it is
ZOALS_IN_HET_MODEL = [
    "titel",
    "samenvatting",
    "tekst",
    "wetgeving",
    "ecli",
    "nummer",
    "jaar",
    "datum",
    "gepubliceerd_op",
    "soort",
    "taal",
]


def verbinding():
    """The client (made once) and the document class bound to the configured index name."""
    UitspraakDocument._index._name = index_naam()
    try:
        return connections.get_connection()
    except KeyError:
        connections.create_connection(hosts=[settings.ELASTICSEARCH_URL], request_timeout=5)
        return connections.get_connection()


UitspraakDocument._index._name = index_naam()


class UitspraakZoeker(FacetedSearch):
    doc_types = [UitspraakDocument]
    fields = ["titel^4", "trefwoorden^3", "identificatie^3", "samenvatting^2", "wetgeving", "tekst"]
    facets = {
        "instantie": TermsFacet(field="instantie", size=200),
        "jaar": TermsFacet(field="jaar", size=300),
        "thema": TermsFacet(field="thema", size=2000),
        "soort": TermsFacet(field="soort", size=20),
        "taal": TermsFacet(field="taal", size=10),
    }

    def __init__(self, *args, periode=None, **kwargs):
        self.index = index_naam()
        self.periode = periode or {}
        super().__init__(*args, **kwargs)

    def search(self):
        search = super().search()
        if self.periode:
            # in the query, not the post_filter: the facets count within the period too
            search = search.filter("range", datum=self.periode)
        return search

    def query(self, search, query):
        if not query:
            return search
        return search.query(
            "multi_match",
            query=query,
            fields=self.fields,
            type="cross_fields",
            operator="and",
        )

    def highlight(self, search):
        return search.highlight_options(
            pre_tags=["<mark>"],
            post_tags=["</mark>"],
            fragment_size=240,
            number_of_fragments=1,
            encoder="html",
        ).highlight("samenvatting", "tekst")


SORTERING = {
    "relevantie": ["_score", "-datum"],
    "datum": ["-datum"],
    "oudste": ["datum"],
}


def bouw_zoeker(vraag, offset=0, limit=20):
    """The FacetedSearch for a Zoekvraag; `.build_search().to_dict()` gives the body."""
    filters = {naam: [str(w) for w in waarden] for naam, waarden in vraag.filters().items()}
    periode = {}
    if vraag.van:
        periode["gte"] = vraag.van.isoformat()
    if vraag.tot:
        periode["lte"] = vraag.tot.isoformat()
    zoeker = UitspraakZoeker(
        vraag.q or None,
        filters=filters,
        sort=SORTERING[vraag.effectieve_sortering],
        periode=periode,
    )
    return zoeker[offset : offset + limit]


class ElasticsearchEngine:
    naam = "elasticsearch"

    def zoek(self, vraag, offset, limit):
        verbinding()
        antwoord = bouw_zoeker(vraag, offset, limit).execute()
        facetten = {
            naam: {waarde: aantal for waarde, aantal, _gekozen in waarden}
            for naam, waarden in antwoord.facets.to_dict().items()
        }
        ids, markeringen = [], {}
        for hit in antwoord:
            pk = int(hit.meta.id)
            ids.append(pk)
            highlight = getattr(hit.meta, "highlight", None)
            if highlight:
                for veld in ("samenvatting", "tekst"):
                    if veld in highlight:
                        from django.utils.safestring import mark_safe

                        markeringen[pk] = mark_safe(highlight[veld][0])
                        break
        totaal = antwoord.hits.total
        aantal = totaal.value if hasattr(totaal, "value") else int(totaal)
        return Zoekantwoord(aantal=aantal, ids=ids, facetten=facetten, markeringen=markeringen)


def indexeer(uitspraken, verwijder_pks=()):
    """Add or replace these (live) judgments and remove the others, in one bulk request."""
    client = verbinding()
    acties = [
        UitspraakDocument.uit_model(u).to_dict(include_meta=True, skip_empty=False)
        for u in uitspraken
    ]
    acties += [{"_op_type": "delete", "_index": index_naam(), "_id": pk} for pk in verwijder_pks]
    if acties:
        bulk(client, acties, raise_on_error=False, refresh=False)


def herbouw(uitspraken_qs, stap=500, voortgang=None):
    """Drop and recreate the index with the current mapping, then index every live judgment."""
    verbinding()
    index = UitspraakDocument._index
    index.delete(ignore_unavailable=True)
    UitspraakDocument.init()
    aantal = 0
    deel = []
    for uitspraak in uitspraken_qs.iterator(chunk_size=stap):
        deel.append(uitspraak)
        if len(deel) >= stap:
            indexeer(deel)
            aantal += len(deel)
            if voortgang:
                voortgang(len(deel))
            deel = []
    if deel:
        indexeer(deel)
        aantal += len(deel)
        if voortgang:
            voortgang(len(deel))
    index.refresh()
    return aantal
