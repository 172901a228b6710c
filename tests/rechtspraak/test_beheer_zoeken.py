"""The judgments' listing in the admin searches the database's own full-text index (drafts
included) through a subquery of ids: no SQL text rewritten, the same on every database."""

from django.db import connection
from django.db.models.expressions import RawSQL

from rechtspraak.models import Uitspraak
from rechtspraak.search import DatabaseEngine, Zoekvraag

LIJST = "/admin/snippets/rechtspraak/uitspraak/"


def test_an_editor_finds_drafts_and_published_judgments_by_their_words(
    client, maak_gebruiker, maak_uitspraak
):
    maak_uitspraak(
        "Bestaansmiddelen van de referentiepersoon",
        tekst="De referentiepersoon heeft geen stabiele bestaansmiddelen.",
    )
    maak_uitspraak(
        "Opvang van verzoekers",
        live=False,
        tekst="Het opvangnetwerk was verzadigd; de verzoeker sliep op straat.",
    )
    maak_uitspraak("Inreisverbod van acht jaar")
    client.force_login(maak_gebruiker("redacteur", groep="Redacteurs"))
    for q, verwacht in [
        ("referentiepersoon", {"Bestaansmiddelen van de referentiepersoon"}),
        ("opvangnetwerk verzadigd", {"Opvang van verzoekers"}),  # a draft, by its text
        ("referentiepersoon inreisverbod", set()),  # every word must match
        ("gezinshereniging", set()),
    ]:
        antwoord = client.get(LIJST, {"q": q})
        assert antwoord.status_code == 200
        html = antwoord.content.decode()
        gevonden = {
            titel
            for titel in (
                "Bestaansmiddelen van de referentiepersoon",
                "Opvang van verzoekers",
                "Inreisverbod van acht jaar",
            )
            if titel in html
        }
        assert gevonden == verwacht, q


def test_the_subquery_of_ids_matches_with_and_without_a_full_text_index(maak_uitspraak):
    """The database's index (FTS5 or tsvectors) and the LIKE fallback of other databases
    select the same judgments as a subquery."""
    treffer = maak_uitspraak("Bestaansmiddelen", tekst="Stabiele en regelmatige inkomsten.")
    maak_uitspraak("Inreisverbod", tekst="Een inreisverbod van acht jaar.")
    expressie = Zoekvraag(q="regelmatige inkomsten").expressie
    for vendor in (connection.vendor, "een-andere-databank"):
        subquery = RawSQL(*DatabaseEngine(vendor).ids_sql(expressie))
        assert list(Uitspraak.objects.filter(pk__in=subquery)) == [treffer], vendor
