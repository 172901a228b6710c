"""The admin speaks Dutch to editors: the help menu's "Editor Guide", the 404 page's
"Error 404" and the group "Moderators" were English."""

import pytest
from django.contrib.auth.models import Group

pytestmark = pytest.mark.django_db


@pytest.fixture
def moderator(client, maak_gebruiker):
    user = maak_gebruiker("moderator", groep="Moderatoren")
    client.force_login(user)
    return user


def test_de_groep_heet_moderatoren():
    namen = set(Group.objects.values_list("name", flat=True))
    assert {"Redacteurs", "Moderatoren", "Juristen", "Coördinatoren"} <= namen
    assert "Moderators" not in namen


def test_het_helpmenu_is_nederlands(client, moderator):
    html = client.get("/admin/").content.decode()

    assert "Editor Guide" not in html
    assert "Handleiding voor redacteurs" in html


def test_de_404_van_het_beheer_is_nederlands(client, moderator):
    response = client.get("/admin/pages/987654/edit/")

    html = response.content.decode()
    assert response.status_code == 404
    assert "Error 404" not in html
    assert "Fout 404" in html and "Pagina niet gevonden" in html


def test_de_groepen_in_het_beheer(client, maak_gebruiker):
    client.force_login(maak_gebruiker("beheerder", superuser=True))
    html = client.get("/admin/groups/").content.decode()
    assert "Moderatoren" in html and "Moderators" not in html
