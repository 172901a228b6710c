"""The anonymous search log: a search and an opened result are counted per day, nothing
personal is stored, a result opens through a redirect that only goes to this site, the
counts are written in batches after the response, and old days are deleted."""

import datetime
from urllib.parse import parse_qs, urlsplit

import pytest
from django.core.management import call_command
from django.db import connection
from django.test import Client
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from zoeken import zoeklog
from zoeken.models import KlikMaand, ZoekDag, ZoekKlik, ZoekMaand

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("leeg_logboek")]


@pytest.fixture
def site(maak_thema):
    verblijf = maak_thema("Verblijf", samenvatting="Alles over het verblijfsrecht.")
    gezin = maak_thema(
        "Gezinshereniging", parent=verblijf, samenvatting="Een familielid laten overkomen."
    )
    middelen = maak_thema(
        "Bestaansmiddelen",
        parent=gezin,
        samenvatting="Welk inkomen de referentiepersoon nodig heeft voor gezinshereniging.",
    )
    call_command("zoekindex_bijwerken", verbosity=0)
    return {"verblijf": verblijf, "gezin": gezin, "middelen": middelen}


def resultaat_links(antwoord):
    html = antwoord.content.decode()
    return [deel.split('"', 1)[0].replace("&amp;", "&") for deel in html.split('<h2><a href="')[1:]]


def test_a_search_and_an_opened_result_are_counted(site, client):
    antwoord = client.get("/zoeken/", {"q": "  Inkomen   Referentiepersoon ", "direct": "0"})
    assert antwoord.status_code == 200
    links = resultaat_links(antwoord)
    assert links and all(link.startswith("/zoeken/klik/?") for link in links)
    # opening the first result: a redirect to the page, no cookie
    klik = client.get(links[0])
    assert klik.status_code == 302
    assert klik["Location"] == "/verblijf/gezinshereniging/bestaansmiddelen/"
    assert not klik.cookies
    assert "no-cache" in klik["Cache-Control"] or "max-age=0" in klik["Cache-Control"]
    assert zoeklog.schrijf_weg() == 2

    vandaag = datetime.date.today()
    dag = ZoekDag.objects.get()
    assert (dag.dag, dag.zoekterm, dag.aantal, dag.geopend) == (
        vandaag,
        "inkomen referentiepersoon",
        1,
        1,
    )
    assert dag.resultaten >= 1
    assert list(ZoekKlik.objects.values_list("zoekterm", "doel", "positie", "aantal")) == [
        ("inkomen referentiepersoon", "/verblijf/gezinshereniging/bestaansmiddelen/", 1, 1)
    ]
    assert KlikMaand.objects.get().aantal == 1
    assert ZoekMaand.objects.get().maand == vandaag.replace(day=1)
    # the next page of the same search and a type filter are not new searches
    client.get("/zoeken/", {"q": "inkomen referentiepersoon", "type": "thema", "direct": "0"})
    zoeklog.schrijf_weg()
    assert ZoekDag.objects.get().aantal == 1


def test_nothing_personal_is_stored(site, django_user_model):
    user = django_user_model.objects.create_user("lezer-met-naam", password="x")
    client = Client(REMOTE_ADDR="203.0.113.77", HTTP_USER_AGENT="Geheime-Browser/1.0")
    client.force_login(user)
    sessie = client.session.session_key
    client.get("/zoeken/", {"q": "gezinshereniging 85.07.30-033.61 jan@example.be", "direct": "0"})
    zoeklog.schrijf_weg()
    for model, kolommen in [
        (ZoekDag, {"id", "dag", "zoekterm", "aantal", "resultaten", "geopend"}),
        (ZoekMaand, {"id", "maand", "zoekterm", "aantal", "resultaten", "geopend"}),
        (ZoekKlik, {"id", "dag", "zoekterm", "doel", "positie", "aantal"}),
        (KlikMaand, {"id", "maand", "doel", "aantal"}),
    ]:
        with connection.cursor() as cursor:
            beschrijving = connection.introspection.get_table_description(
                cursor, model._meta.db_table
            )
        assert {kolom.name for kolom in beschrijving} == kolommen
    rij = ZoekDag.objects.values().get()
    assert rij["zoekterm"] == "gezinshereniging # [e-mail]"
    waarden = " ".join(str(v) for v in rij.values())
    for persoonlijk in ["203.0.113", "lezer-met-naam", "Geheime", sessie, "85.07", "jan@"]:
        assert persoonlijk not in waarden


@pytest.mark.parametrize(
    "doel",
    [
        "https://kwaad.example/",
        "//kwaad.example/pad",
        "/\\kwaad.example",
        "javascript:alert(1)",
        "/pad\r\nSet-Cookie: x=1",
    ],
)
def test_the_click_redirect_never_leaves_the_site(client, doel):
    teken = zoeklog.handtekening("x", 1, doel)
    antwoord = client.get("/zoeken/klik/", {"q": "x", "p": "1", "u": doel, "s": teken})
    assert antwoord.status_code == 302
    assert urlsplit(antwoord["Location"]).netloc == ""
    assert antwoord["Location"].startswith("/zoeken/")
    assert zoeklog.schrijf_weg() == 0


def test_a_forged_click_is_followed_but_not_counted(client):
    antwoord = client.get("/zoeken/klik/", {"q": "x", "p": "1", "u": "/verblijf/", "s": "vals"})
    assert antwoord["Location"] == "/verblijf/"
    assert zoeklog.schrijf_weg() == 0


def test_a_full_batch_is_written_after_the_response(site, client, settings):
    settings.ZOEKLOG_BATCH = 3
    for woord in ["verblijf", "gezinshereniging", "bestaansmiddelen"]:
        client.get("/zoeken/", {"q": woord, "direct": "0"})
    assert set(ZoekDag.objects.values_list("zoekterm", flat=True)) == {
        "verblijf",
        "gezinshereniging",
        "bestaansmiddelen",
    }


def test_a_search_without_results_is_counted_with_zero(site, client):
    client.get("/zoeken/", {"q": "xyzzyplof", "direct": "0"})
    zoeklog.schrijf_weg()
    assert ZoekDag.objects.get().resultaten == 0


def test_a_direct_hit_counts_as_a_search_with_its_page_opened(site, client):
    antwoord = client.get("/zoeken/", {"q": "Gezinshereniging"})
    assert antwoord.status_code == 302
    zoeklog.schrijf_weg()
    assert ZoekDag.objects.get().geopend == 1
    assert ZoekKlik.objects.get().doel == "/verblijf/gezinshereniging/"


def test_the_log_can_be_switched_off(site, client, settings):
    settings.ZOEKLOG_AAN = False
    client.get("/zoeken/", {"q": "verblijf", "direct": "0"})
    assert zoeklog.schrijf_weg() == 0


def test_old_days_are_deleted_after_the_retention(capsys):
    vandaag = datetime.date.today()
    eerste = zoeklog.grens(vandaag)
    assert (vandaag.year * 12 + vandaag.month) - (eerste.year * 12 + eerste.month) == 13
    oud = eerste - datetime.timedelta(days=1)
    for dag in (oud, eerste):
        ZoekDag.objects.create(dag=dag, zoekterm="a", aantal=1)
        ZoekKlik.objects.create(dag=dag, zoekterm="a", doel="/x/", positie=1, aantal=1)
        ZoekMaand.objects.create(maand=dag.replace(day=1), zoekterm="a", aantal=1)
        KlikMaand.objects.create(maand=dag.replace(day=1), doel="/x/", aantal=1)
    call_command("zoeklog_opschonen")
    assert "4 rijen" in capsys.readouterr().out
    assert list(ZoekDag.objects.values_list("dag", flat=True)) == [eerste]
    assert list(ZoekKlik.objects.values_list("dag", flat=True)) == [eerste]
    assert list(ZoekMaand.objects.values_list("maand", flat=True)) == [eerste]
    call_command("zoeklog_opschonen", maanden=0)
    assert ZoekDag.objects.filter(dag__lt=vandaag.replace(day=1)).count() == 0


def test_the_site_search_honours_the_editors_promotions(site, client):
    query = Query.get("Verblijf aanvragen")
    SearchPromotion.objects.create(query=query, page=site["middelen"], sort_order=0)
    antwoord = client.get("/zoeken/", {"q": "verblijf   AANVRAGEN", "direct": "0"})
    links = resultaat_links(antwoord)
    doel = parse_qs(urlsplit(links[0]).query)["u"][0]
    assert doel == "/verblijf/gezinshereniging/bestaansmiddelen/"
    assert "Aanbevolen" in antwoord.content.decode()
    # only on the first page of all results
    antwoord = client.get("/zoeken/", {"q": "verblijf aanvragen", "type": "nieuws"})
    assert "Aanbevolen" not in antwoord.content.decode()


def test_a_promoted_result_is_labelled_by_its_registered_kind(site, maak_nieuws, client):
    nieuws = maak_nieuws("Nieuwe inkomensgrens")
    query = Query.get("inkomensgrens")
    SearchPromotion.objects.create(query=query, page=nieuws, sort_order=0)
    SearchPromotion.objects.create(
        query=query,
        external_link_url="https://www.ibz.be/",
        external_link_text="Dienst Vreemdelingenzaken",
        sort_order=1,
    )
    antwoord = client.get("/zoeken/", {"q": "inkomensgrens", "direct": "0"})
    eerste, tweede = antwoord.context["uitkomst"].resultaten[:2]
    assert (eerste.titel, eerste.type, eerste.type_label) == (
        "Nieuwe inkomensgrens",
        "nieuws",
        "Nieuws",
    )
    assert (tweede.titel, tweede.type, tweede.gepromoot) == ("Dienst Vreemdelingenzaken", "", True)
    assert '<span class="type-label"></span>' not in antwoord.content.decode()


def test_the_privacy_page_says_what_the_log_keeps(client):
    html = client.get("/privacy/").content.decode()
    assert "geen</strong> IP-adres" in html
    assert "13 maanden" in html


def test_a_search_counts_on_the_day_it_was_made_also_after_midnight(monkeypatch):
    # Today's date is worked out once a day: a search after the stored day ended counts on
    # the new day, a search before it on the stored one.
    vandaag = datetime.date.today()
    monkeypatch.setitem(zoeklog._VANDAAG, "tot", 0.0)
    monkeypatch.setitem(zoeklog._VANDAAG, "dag", vandaag - datetime.timedelta(days=1))
    zoeklog.tel_zoekopdracht("leefloon", 3)
    monkeypatch.setitem(zoeklog._VANDAAG, "tot", float("inf"))
    monkeypatch.setitem(zoeklog._VANDAAG, "dag", datetime.date(2026, 1, 2))
    zoeklog.tel_zoekopdracht("visum", 2)
    zoeklog.schrijf_weg()
    assert sorted(ZoekDag.objects.values_list("zoekterm", "dag")) == [
        ("leefloon", zoeklog.timezone.localdate()),
        ("visum", datetime.date(2026, 1, 2)),
    ]
