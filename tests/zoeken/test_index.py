"""The index follows the pages: publish, edit, unpublish, delete, move; and a rebuild."""

import datetime

import pytest
from django.core.management import call_command
from wagtail.actions.unpublish_page import UnpublishPageAction

from kennisbank.models import JurideskPagina, ThemaPagina
from zoeken import index
from zoeken.models import ZoekDocument
from zoeken.paginas import BRON
from zoeken.search import zoek


def titels(q, **kwargs):
    return [r.titel for r in zoek(q, **kwargs).resultaten]


def test_a_published_page_is_found_and_an_edit_replaces_its_text(maak_thema):
    page = maak_thema(
        "Seizoensarbeid", samenvatting="Werken als seizoenarbeider in de land- en tuinbouw."
    )
    assert titels("seizoenarbeider") == ["Seizoensarbeid"]
    doc = ZoekDocument.objects.get(bron=BRON, sleutel=str(page.pk))
    assert doc.type == "thema" and doc.url == page.url

    page.samenvatting = "Een single permit voor oogsthulp."
    page.save_revision().publish()
    assert titels("oogsthulp") == ["Seizoensarbeid"]
    # the old word is gone: the page is found only by a part of it ("seizoen" of its
    # title), as a partial match
    assert zoek("seizoenarbeider", gebruik_cache=False).gedeeltelijk
    assert ZoekDocument.objects.filter(bron=BRON, sleutel=str(page.pk)).count() == 1


def test_a_draft_does_not_reach_the_index_before_it_is_published(maak_thema):
    page = maak_thema("Staatloosheid", samenvatting="De erkenning als staatloze.")
    page.samenvatting = "Geheime conceptversie over verblijfsprocedure voor apatriden."
    page.save_revision()  # saved, not published
    assert titels("apatriden") == []
    assert titels("staatloze") == ["Staatloosheid"]


def test_unpublish_and_delete_take_a_page_out(maak_thema):
    weg = maak_thema("Terugkeer", samenvatting="Vrijwillige terugkeer naar het land van herkomst.")
    ook_weg = maak_thema("Detentie", samenvatting="Vasthouding in een gesloten centrum.")
    assert titels("terugkeer") == ["Terugkeer"]

    weg.unpublish()
    assert titels("terugkeer") == []
    assert not ZoekDocument.objects.filter(bron=BRON, sleutel=str(weg.pk)).exists()

    ook_weg.delete()
    assert titels("gesloten centrum") == []
    assert not ZoekDocument.objects.filter(bron=BRON, sleutel=str(ook_weg.pk)).exists()


def test_a_moved_page_keeps_its_entry_with_the_new_url(maak_thema):
    verblijf = maak_thema("Verblijf")
    werk = maak_thema("Werk")
    kaart = maak_thema("Beroepskaart", parent=verblijf, samenvatting="Voor zelfstandigen.")
    kaart.move(werk, pos="last-child")
    doc = ZoekDocument.objects.get(bron=BRON, sleutel=str(kaart.pk))
    assert doc.url == "/werk/beroepskaart/"
    assert [r.url for r in zoek("beroepskaart").resultaten] == ["/werk/beroepskaart/"]


def test_unpublishing_a_parent_with_its_subtree_takes_them_all_out(maak_thema, maak_gebruiker):
    ouder = maak_thema("Bescherming", samenvatting="Internationale bescherming.")
    maak_thema("Subsidiaire bescherming", parent=ouder, samenvatting="Ernstige schade.")
    assert titels("ernstige schade") == ["Subsidiaire bescherming"]
    moderator = maak_gebruiker("moderator", superuser=True)
    UnpublishPageAction(ouder, include_descendants=True, user=moderator).execute()
    assert titels("ernstige schade") == []
    assert titels("bescherming") == []


def test_rebuild_command_restores_a_lost_index(site, capsys):
    ZoekDocument.objects.all().delete()
    assert zoek("gezinshereniging").totaal == 0
    call_command("zoekindex_bijwerken")
    uit = capsys.readouterr().out
    assert "Zoekindex opnieuw opgebouwd" in uit
    assert "Themapagina:" in uit
    assert titels("gezinshereniging")[0] == "Gezinshereniging"
    # the judgments are not pages: without a rechtspraak hook they come back from rechtspraak
    paginas = ThemaPagina.objects.live().count() + JurideskPagina.objects.live().count()
    assert ZoekDocument.objects.filter(type="thema").count() == paginas


def test_other_apps_index_their_own_documents(db):
    index.indexeer_document(
        bron="rechtspraak.uitspraak",
        sleutel="77",
        type="uitspraak",
        titel="RvS 3 mei 2024, nr. 259.999",
        url="/rechtspraak/77/",
        samenvatting="Cassatieberoep tegen een arrest van de RvV.",
        datum=datetime.datetime(2024, 5, 3, 12, 0),
        extra_termen="ECLI:BE:RVSCE:2024:ARR.259999, 259.999",
    )
    doc = ZoekDocument.objects.get(bron="rechtspraak.uitspraak", sleutel="77")
    assert doc.datum == datetime.date(2024, 5, 3)
    assert "eclibervsce2024arr259999" in doc.tokens_extra.split()
    assert titels("259.999") == ["RvS 3 mei 2024, nr. 259.999"]

    index.verwijder_document(bron="rechtspraak.uitspraak", sleutel="77")
    index.verwijder_document(bron="rechtspraak.uitspraak", sleutel="77")  # twice is fine
    assert titels("259.999") == []


def test_bulk_indexing_replaces_entries_with_the_same_key(db):
    docs = [
        {
            "bron": "bench",
            "sleutel": i,
            "type": "nieuws",
            "titel": f"Bericht {i} over kinderbijslag",
            "url": f"/n/{i}/",
            "datum": datetime.date(2024, 1, 1),
        }
        for i in range(30)
    ]
    assert index.indexeer_documenten(docs, batch=7) == 30
    assert index.indexeer_documenten(docs[:5], batch=7) == 5
    assert ZoekDocument.objects.filter(bron="bench").count() == 30
    assert zoek("kinderbijslag").totaal == 30


def test_an_unknown_type_is_refused(db):
    import pytest

    with pytest.raises(ValueError):
        index.indexeer_document(bron="x", sleutel="1", type="blog", titel="x", url="/x/")


def test_a_repeated_search_comes_from_the_cache_until_the_index_changes(
    maak_thema, django_assert_num_queries
):
    from zoeken.models import Synoniemgroep

    maak_thema("Seizoensarbeid", samenvatting="Werken als seizoenarbeider in de tuinbouw.")
    assert titels("seizoenarbeider") == ["Seizoensarbeid"]
    with django_assert_num_queries(0):
        assert titels("seizoenarbeider") == ["Seizoensarbeid"]
    # a new page, a synonym, a deletion: the next search sees each at once
    maak_thema("Oogsthulp", samenvatting="Een seizoenarbeider uit Marokko.")
    assert sorted(titels("seizoenarbeider")) == ["Oogsthulp", "Seizoensarbeid"]
    assert titels("plukker") == []
    Synoniemgroep.objects.create(termen="plukker, seizoenarbeider")
    assert sorted(titels("plukker")) == ["Oogsthulp", "Seizoensarbeid"]
    ThemaPagina.objects.get(title="Oogsthulp").delete()
    assert titels("seizoenarbeider") == ["Seizoensarbeid"]


def test_postgresql_vectors_follow_delete_and_truncate(maak_thema):
    """The narrow vector table (PostgreSQL) follows its documents without a foreign key: a
    delete removes the row, a TRUNCATE (what Django's flush does, e.g. between browser
    tests) empties it. Here inside the test's transaction, which rolls it all back."""
    from django.db import connection

    if connection.vendor != "postgresql":
        pytest.skip("alleen PostgreSQL heeft de vectortabel")

    def vectoren():
        with connection.cursor() as cursor:
            cursor.execute("SELECT COUNT(*) FROM kennisbank_zoekvector")
            return cursor.fetchone()[0]

    maak_thema("Seizoensarbeid", samenvatting="Werken als seizoenarbeider.")
    maak_thema("Oogsthulp", samenvatting="Seizoenarbeid in de fruitteelt.")
    assert vectoren() == ZoekDocument.objects.count() >= 2
    ZoekDocument.objects.filter(titel="Seizoensarbeid").delete()
    assert vectoren() == ZoekDocument.objects.count() >= 1
    with connection.cursor() as cursor:
        cursor.execute("TRUNCATE kennisbank_zoekdocument")
    assert vectoren() == 0
