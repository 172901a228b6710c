"""A news page's "Datum" follows the scheduled go-live time, unless the editor set it."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone
from wagtail.test.utils.form_data import querydict_from_html

from kennisbank.models import NieuwsIndexPagina, NieuwsPagina

pytestmark = pytest.mark.django_db

VOLGENDE_WEEK = timezone.localdate() + datetime.timedelta(days=7)


@pytest.fixture
def moderator(client, maak_gebruiker):
    client.force_login(maak_gebruiker("moderator", groep="Moderatoren"))


def _formulier(client, url):
    data = querydict_from_html(client.get(url).content.decode(), form_id="page-edit-form")
    data["body-count"] = "0"
    return data


def _plan(client, url, data, datum=None):
    data["go_live_at"] = VOLGENDE_WEEK.strftime("%d-%m-%Y") + " 09:00"
    if datum:
        data["datum"] = datum
    data["action-publish"] = "1"
    response = client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:2000]


def _nieuw(client, titel, slug, datum=None, plannen=True):
    index = NieuwsIndexPagina.objects.get()
    url = reverse("wagtailadmin_pages:add", args=["kennisbank", "nieuwspagina", index.pk])
    data = _formulier(client, url)
    data["title"], data["slug"] = titel, slug
    if plannen:
        _plan(client, url, data, datum)
    else:
        if datum:
            data["datum"] = datum
        assert client.post(url, data).status_code == 302  # saved as a draft
    return NieuwsPagina.objects.get(slug=slug)


def _plan_concept(client, page):
    edit = reverse("wagtailadmin_pages:edit", args=[page.pk])
    _plan(client, edit, _formulier(client, edit))
    return NieuwsPagina.objects.get(pk=page.pk).get_latest_revision_as_object()


def test_zonder_eigen_datum_volgt_de_datum_de_geplande_publicatie(client, home, moderator):
    page = _nieuw(client, "Nieuwe wet", "nieuwe-wet")

    revisie = page.get_latest_revision_as_object()
    assert not page.live and revisie.go_live_at is not None
    assert revisie.datum == VOLGENDE_WEEK


def test_een_datum_die_de_redacteur_koos_blijft(client, home, moderator):
    page = _nieuw(client, "Arrest van het Hof", "arrest-hof", datum="01-05-2024")

    assert page.get_latest_revision_as_object().datum == datetime.date(2024, 5, 1)


def test_een_concept_later_gepland(client, home, moderator):
    eigen = _nieuw(client, "Met datum", "met-datum", datum="01-05-2024", plannen=False)
    zonder = _nieuw(client, "Zonder datum", "zonder-datum", plannen=False)

    assert _plan_concept(client, eigen).datum == datetime.date(2024, 5, 1)
    assert _plan_concept(client, zonder).datum == VOLGENDE_WEEK
