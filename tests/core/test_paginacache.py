"""The page cache: anonymous readers get stored pages; editors, forms and the admin
never do; publishing empties it."""

import datetime

import pytest
from django.core.cache import cache
from django.urls import reverse
from wagtail.models import PageViewRestriction, Site

from core import paginacache

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def cache_aan(settings):
    settings.PAGINA_CACHE_SECONDEN = 600
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def thema(maak_thema):
    return maak_thema("Verblijf", samenvatting="Alles over verblijf.")


def test_second_anonymous_visit_comes_from_the_cache(client, thema):
    eerste = client.get("/verblijf/")
    tweede = client.get("/verblijf/")

    assert eerste["X-Paginacache"] == "MISS"
    assert tweede["X-Paginacache"] == "HIT"
    assert tweede.content == eerste.content
    assert tweede["Content-Type"] == eerste["Content-Type"]
    # a hit still passes the outer middleware: security headers and CSP are there
    assert "script-src 'self'" in tweede["Content-Security-Policy"]
    assert tweede["X-Content-Type-Options"] == "nosniff"
    assert "Cookie" in tweede["Vary"]


def test_publishing_a_change_empties_the_cache(client, thema):
    client.get("/verblijf/")
    assert client.get("/verblijf/")["X-Paginacache"] == "HIT"

    thema.title = "Verblijfsrecht"
    thema.save_revision().publish()

    response = client.get("/verblijf/")
    assert response["X-Paginacache"] == "MISS"
    assert "Verblijfsrecht" in response.content.decode()


def test_a_new_page_shows_on_cached_home_at_once(client, home, maak_thema):
    client.get("/")
    assert client.get("/")["X-Paginacache"] == "HIT"
    maak_thema("Internationaal privaatrecht")
    response = client.get("/")
    assert response["X-Paginacache"] == "MISS"
    assert "Internationaal privaatrecht" in response.content.decode()


def test_unpublish_and_delete_empty_the_cache(client, thema, maak_thema):
    ander = maak_thema("Werk")
    client.get("/verblijf/")
    client.get("/werk/")

    thema.unpublish()
    assert client.get("/verblijf/").status_code == 404

    assert client.get("/werk/")["X-Paginacache"] == "MISS"
    client.get("/werk/")
    ander.delete()
    assert client.get("/werk/").status_code == 404


def test_saving_a_draft_keeps_the_cache(client, thema):
    client.get("/verblijf/")
    thema.title = "Nog niet gepubliceerd"
    thema.save_revision()
    response = client.get("/verblijf/")
    assert response["X-Paginacache"] == "HIT"
    assert "Nog niet gepubliceerd" not in response.content.decode()


def test_shown_content_other_than_pages_empties_the_cache(client, thema):
    client.get("/verblijf/")
    site = Site.objects.get(is_default_site=True)
    site.site_name = "vreemdelingenrecht.be"
    site.save()
    assert client.get("/verblijf/")["X-Paginacache"] == "MISS"


def test_logged_in_users_are_never_served_or_stored(client, thema, maak_gebruiker):
    client.get("/verblijf/")  # cached for anonymous readers
    client.force_login(maak_gebruiker("redacteur", groep="Redacteurs"))
    response = client.get("/verblijf/")
    assert "X-Paginacache" not in response
    assert "wagtail-userbar" in response.content.decode()
    client.logout()
    assert "wagtail-userbar" not in client.get("/verblijf/").content.decode()


def test_admin_post_search_and_password_pages_are_not_cached(client, thema, maak_thema):
    assert "X-Paginacache" not in client.get(reverse("wagtailadmin_login"))
    assert "X-Paginacache" not in client.post("/verblijf/")
    assert "X-Paginacache" not in client.get("/zoeken/?q=verblijf")

    # a page behind a password shows a form with a CSRF token: per visitor, never stored
    geheim = maak_thema("Intern")
    PageViewRestriction.objects.create(
        page=geheim, restriction_type=PageViewRestriction.PASSWORD, password="wachtwoord"
    )
    eerste = client.get("/intern/")
    assert eerste.status_code == 200
    assert "csrfmiddlewaretoken" in eerste.content.decode()
    assert "X-Paginacache" not in eerste
    assert "X-Paginacache" not in client.get("/intern/")


def test_a_visitor_with_a_session_is_not_served_from_the_cache(client, thema):
    client.get("/verblijf/")
    client.cookies["sessionid"] = "iets"
    assert "X-Paginacache" not in client.get("/verblijf/")


def test_one_purge_per_transaction_after_commit(django_capture_on_commit_callbacks):
    voor = cache.get(paginacache.GENERATIE_KEY)
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        for _ in range(50):
            paginacache.leeg_na_commit()
    assert len(callbacks) == 1
    assert cache.get(paginacache.GENERATIE_KEY) not in (None, voor)


def _paginas_in_cache():
    """How many pages the (local-memory) cache holds."""
    return sum(1 for key in cache._cache if "paginacache:" in key and "generatie" not in key)


def test_unknown_query_parameters_do_not_fill_the_cache(client, thema):
    """Issue 12, finding 9: /verblijf/?x=1, ?x=2, ... each filled the cache, so anyone
    could flush the real pages out of it."""
    client.get("/verblijf/")
    assert _paginas_in_cache() == 1
    for i in range(1, 51):
        response = client.get(f"/verblijf/?x={i}")
        assert response.status_code == 200
        assert "X-Paginacache" not in response
    for query in ("?page=2", "?thema=1", "?utm_source=mail", "?"):
        client.get(f"/verblijf/{query}")
    # another spelling of the same path is the same entry
    assert client.get("/verbl%69jf/").status_code == 200
    assert _paginas_in_cache() == 1
    assert client.get("/verblijf/")["X-Paginacache"] == "HIT"


def test_the_news_index_keys_its_own_parameters(client, maak_thema, maak_nieuws):
    werk = maak_thema("Werk")
    for i in range(25):  # 20 a page: page 2 holds the five oldest
        maak_nieuws(f"Bericht {i:02d}", datum=datetime.date(2025, 1, 1 + i))
    maak_nieuws("Arbeidskaart afgeschaft", themas=[werk], datum=datetime.date(2025, 3, 1))

    eerste = client.get("/nieuws/")
    tweede = client.get("/nieuws/?page=2")
    assert eerste["X-Paginacache"] == "MISS"
    assert tweede["X-Paginacache"] == "MISS"
    assert "Bericht 00" in tweede.content.decode()
    assert "Bericht 00" not in eerste.content.decode()

    opnieuw = client.get("/nieuws/?page=2")
    assert opnieuw["X-Paginacache"] == "HIT"
    assert opnieuw.content == tweede.content
    assert client.get("/nieuws/")["X-Paginacache"] == "HIT"

    gefilterd = client.get(f"/nieuws/?thema={werk.pk}")
    assert gefilterd["X-Paginacache"] == "MISS"
    assert "Arbeidskaart afgeschaft" in gefilterd.content.decode()
    assert "Bericht 03" not in gefilterd.content.decode()
    # the order of the parameters does not make another copy
    assert client.get(f"/nieuws/?thema={werk.pk}")["X-Paginacache"] == "HIT"
    assert client.get(f"/nieuws/?page=1&thema={werk.pk}")["X-Paginacache"] == "MISS"
    assert client.get(f"/nieuws/?thema={werk.pk}&page=1")["X-Paginacache"] == "HIT"
    assert _paginas_in_cache() == 4

    # values that are not the page's own spelling of what it shows are served, never stored
    for query in (
        "?page=99",
        "?page=02",
        "?page=x",
        "?thema=abc",
        "?thema=999999",
        "?page=2&page=3",
        f"?thema={werk.pk}&page=2",  # one page of news on that theme: page 1 is shown
        "?page=2&x=1",
    ):
        assert client.get(f"/nieuws/{query}").status_code == 200
    assert _paginas_in_cache() == 4
