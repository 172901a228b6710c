"""Shared fixtures: the site's home page, theme pages, and one user per group."""

import datetime

import pytest
from django.contrib.auth.models import Group
from django.core.cache import cache
from wagtail.models import Page

from kennisbank.models import (
    DossierIndexPagina,
    HomePage,
    NieuwsIndexPagina,
    NieuwsPagina,
    ThemaPagina,
)


@pytest.fixture
def home(db):
    return HomePage.objects.get()


def _publish_child(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


@pytest.fixture
def maak_thema(home):
    """maak_thema("Verblijf"), maak_thema("Gezinshereniging", parent=verblijf, ...)."""

    def maak(titel, parent=None, **velden):
        velden.setdefault("samenvatting", f"Samenvatting over {titel.lower()}.")
        return _publish_child(parent or home, ThemaPagina(title=titel, **velden))

    return maak


@pytest.fixture
def maak_nieuws(home):
    def maak(titel, themas=(), datum=None, **velden):
        index = NieuwsIndexPagina.objects.get()
        page = NieuwsPagina(title=titel, datum=datum or datetime.date.today(), **velden)
        index.add_child(instance=page)
        page.themas.set(themas)
        page.save_revision().publish()
        return page

    return maak


@pytest.fixture
def dossier_index(home):
    return DossierIndexPagina.objects.get()


@pytest.fixture
def maak_gebruiker(db, django_user_model):
    """A user in one of the project's groups (or a superuser with groep=None, admin=True)."""

    def maak(username, groep=None, superuser=False):
        user = django_user_model.objects.create_user(
            username=username, password="geheim-wachtwoord-123", email=f"{username}@example.be"
        )
        if superuser:
            user.is_superuser = True
            user.is_staff = True
            user.save()
        if groep:
            user.groups.add(Group.objects.get(name=groep))
        return user

    return maak


@pytest.fixture
def root_page(db):
    return Page.objects.get(depth=1)


@pytest.fixture(autouse=True)
def _vergeet_zoekwoordenschat():
    """The search vocabulary is cached per process and assumes words never leave the
    database; every test rolls its rows back, so each test starts without that cache."""
    from zoeken import index

    index._vocab.update(woorden=None, aantal=None, geladen=0.0)
    yield
    index._vocab.update(woorden=None, aantal=None, geladen=0.0)


@pytest.fixture(autouse=True)
def _lege_limieten():
    """The request limits (newsletter) count per client in their own cache; each test
    starts with none used, as the test client is always the same client."""
    from django.core.cache import caches

    caches["limieten"].clear()


@pytest.fixture
def leeg_logboek():
    """An empty cache before and after the test: the search log counts there, and the site
    search keeps its results and promotions there. The search log starts afresh too, as a
    new process does (zoeken/zoeklog.py)."""
    from zoeken import zoeklog

    cache.clear()
    zoeklog._vergeet_proces()
    yield
    cache.clear()
    zoeklog._vergeet_proces()
