"""The page cache: anonymous readers get stored pages; editors, forms and the admin
never do; publishing empties it."""

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


def test_the_query_string_is_part_of_the_key(client, thema):
    client.get("/verblijf/")
    assert client.get("/verblijf/?pagina=2")["X-Paginacache"] == "MISS"


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
