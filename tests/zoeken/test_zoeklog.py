"""The anonymous search log: a search and an opened result are counted per day, nothing
personal is stored, a result opens through a redirect that only goes to this site, the
counts are written in batches after the response, and old days are deleted."""

import datetime
import threading
import time
from urllib.parse import parse_qs, urlsplit

import pytest
from django.core.cache import cache
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
    monkeypatch.setitem(zoeklog._VANDAAG, "dag", str(vandaag - datetime.timedelta(days=1)))
    zoeklog.tel(zoeklog.zoekopdracht("leefloon", 3))
    monkeypatch.setitem(zoeklog._VANDAAG, "tot", float("inf"))
    monkeypatch.setitem(zoeklog._VANDAAG, "dag", "2026-01-02")
    zoeklog.tel(zoeklog.zoekopdracht("visum", 2))
    zoeklog.schrijf_weg()
    assert sorted(ZoekDag.objects.values_list("zoekterm", "dag")) == [
        ("leefloon", zoeklog.timezone.localdate()),
        ("visum", datetime.date(2026, 1, 2)),
    ]


# --- counting: one cache write per search, per process ------------------------------------


def tel(*termen):
    for term in termen:
        zoeklog.tel(zoeklog.zoekopdracht(term, 1))


def geteld():
    return dict(ZoekDag.objects.values_list("zoekterm", "aantal"))


class TellendeCache:
    """The cache, with a list of the operations asked of it."""

    def __init__(self):
        self.operaties = []

    def __getattr__(self, naam):
        self.operaties.append(naam)
        return getattr(cache, naam)


def test_a_search_is_counted_with_one_cache_write(monkeypatch):
    tellend = TellendeCache()
    monkeypatch.setattr(zoeklog, "cache", tellend)
    tel("leefloon")  # the process's first entry: it takes a number once
    assert tellend.operaties == ["incr", "add", "incr", "set", "set"]
    tellend.operaties.clear()
    tel("visum", "leefloon")
    assert tellend.operaties == ["set", "set"]
    assert zoeklog.schrijf_weg() == 3
    assert geteld() == {"leefloon": 2, "visum": 1}


def test_the_entries_of_every_process_are_written_by_any_of_them():
    tel("leefloon", "visum")
    eerste = zoeklog._PROCES["nummer"]
    zoeklog._vergeet_proces()  # as a forked worker: a number of its own at its first entry
    tel("leefloon")
    assert zoeklog._PROCES["nummer"] == eerste + 1
    # the screen's process counted nothing itself and still sees all three
    zoeklog._vergeet_proces()
    assert zoeklog.schrijf_weg() == 3
    assert geteld() == {"leefloon": 2, "visum": 1}
    assert zoeklog.schrijf_weg() == 0  # each entry is written once


def test_a_lost_entry_holds_up_nothing_and_one_being_written_is_waited_for(settings):
    settings.ZOEKLOG_BATCH = 10_000
    tel(*[f"term {n}" for n in range(1, 151)])
    voorvoegsel = zoeklog._PROCES["voorvoegsel"]
    cache.delete(f"{voorvoegsel}10")  # evicted from the cache
    cache.delete(f"{voorvoegsel}150")  # numbered, its write not done yet
    assert zoeklog.schrijf_weg() == 148
    assert "term 149" in geteld() and "term 150" not in geteld()
    cache.set(f"{voorvoegsel}150", [zoeklog.zoekopdracht("term 150", 1)])  # its write lands
    assert zoeklog.schrijf_weg() == 1
    assert len(geteld()) == 149


def test_a_process_that_took_a_new_number_is_closed_once_written():
    tel("leefloon")
    eerste = zoeklog._PROCES["nummer"]
    # an hour and more later: the next search takes a new number
    token, sinds, vertraging = cache.get(zoeklog.PROCES.format(eerste))
    lang_geleden = sinds - zoeklog.PROCES_DUUR - zoeklog.PROCES_MARGE - 1
    cache.set(zoeklog.PROCES.format(eerste), (token, lang_geleden, vertraging))
    zoeklog._PROCES["sinds"] = lang_geleden
    tel("visum")
    assert zoeklog._PROCES["nummer"] == eerste + 1
    assert zoeklog.schrijf_weg() == 2
    assert cache.get(zoeklog.STAND) == {"oudste": eerste + 1, "geschreven": {eerste + 1: 1}}


def test_an_emptied_cache_loses_none_of_this_process_s_later_searches():
    tel("leefloon")
    cache.clear()  # Redis restarted: the process's number is gone, the process does not know
    tel("visum", "visum")
    assert zoeklog.schrijf_weg() == 2
    assert geteld() == {"visum": 2}
    tel("leefloon")  # under a new number
    assert zoeklog.schrijf_weg() == 1
    assert geteld() == {"visum": 2, "leefloon": 1}


def test_a_reader_waits_for_a_busy_writer_and_a_full_batch_does_not():
    tel("leefloon")
    assert cache.add(zoeklog.SLOT, 1)  # another process is writing
    assert zoeklog.schrijf_weg(wachten=False) == 0
    threading.Timer(0.2, cache.delete, [zoeklog.SLOT]).start()
    assert zoeklog.schrijf_weg() == 1
    assert geteld() == {"leefloon": 1}


def wacht_tot(voorwaarde, seconden=5.0):
    einde = time.monotonic() + seconden
    while not voorwaarde():
        assert time.monotonic() < einde, "niet binnen de tijd"
        time.sleep(0.01)


def cache_sleutels(voorvoegsel):
    from django.core.cache import caches

    return [s for s in caches["default"]._cache if s.split(":", 2)[2].startswith(voorvoegsel)]


def test_with_the_thread_a_search_makes_no_cache_write_and_the_thread_one_per_interval(
    settings, monkeypatch, client, site
):
    settings.ZOEKLOG_DRAAD = True
    settings.ZOEKLOG_INTERVAL = 0.2
    tellend = TellendeCache()
    monkeypatch.setattr(zoeklog, "cache", tellend)
    for woord in ["verblijf", "gezinshereniging", "verblijf"]:
        assert client.get("/zoeken/", {"q": woord, "direct": "0"}).status_code == 200
    assert "set" not in tellend.operaties  # the searches only queued their entries
    wacht_tot(lambda: "set" in tellend.operaties)
    time.sleep(0.05)
    assert len(cache_sleutels("zoeklog:item:")) == 1  # three searches, one write
    assert zoeklog.schrijf_weg() == 3
    assert geteld() == {"verblijf": 2, "gezinshereniging": 1}


def test_a_reader_waits_one_interval_for_what_other_processes_queued(settings):
    # another process, whose thread puts its queue in the cache every 0.3 s: a search made
    # there just before the screen opens reaches the cache 0.15 s later
    settings.ZOEKLOG_DRAAD = True
    settings.ZOEKLOG_INTERVAL = 0.3
    zoeklog._registreer()
    ander = zoeklog._PROCES["voorvoegsel"]
    zoeklog._vergeet_proces()  # this is the screen's process
    item = zoeklog.zoekopdracht("leefloon", 1)
    threading.Timer(0.15, cache.set, [f"{ander}1", [item]]).start()
    assert zoeklog.schrijf_weg(wachten=False) == 0  # a full batch does not wait
    assert zoeklog.schrijf_weg() == 1
    assert geteld() == {"leefloon": 1}


def test_a_queued_entry_that_cannot_reach_the_cache_waits_for_the_next_time(monkeypatch):
    class KapotteCache:
        def __getattr__(self, naam):
            raise ConnectionError("Redis is weg")

    monkeypatch.setattr(zoeklog, "cache", KapotteCache())
    assert zoeklog.tel(zoeklog.zoekopdracht("leefloon", 1)) is False  # the search goes on
    assert len(zoeklog._WACHTRIJ) == 1
    monkeypatch.undo()
    assert zoeklog.schrijf_weg() == 1
    assert geteld() == {"leefloon": 1}
