"""Who sees what: Juristen log and list, Coördinatoren also see the statistics, export
and manage the lists; other groups and anonymous visitors get nothing of the juridesk."""

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db

# url -> the groups that may open it
TOEGANG = {
    "/admin/juridesk/registreren/": {"Juristen", "Coördinatoren"},
    "/admin/juridesk/vragen/new/": {"Juristen", "Coördinatoren"},
    "/admin/juridesk/vragen/": {"Juristen", "Coördinatoren"},
    "/admin/juridesk/vragen/?export=csv": {"Coördinatoren"},
    "/admin/juridesk/vragen/?export=xlsx": {"Coördinatoren"},
    "/admin/juridesk/vragen/edit/{pk}/": {"Juristen", "Coördinatoren"},
    "/admin/juridesk/vragen/history/{pk}/": {"Juristen", "Coördinatoren"},
    "/admin/juridesk/vragen/delete/{pk}/": {"Coördinatoren"},
    "/admin/juridesk/statistieken/": {"Coördinatoren"},
    "/admin/juridesk/statistieken/regio.csv?jaar=2024": {"Coördinatoren"},
    "/admin/juridesk/statistieken/alle.xlsx?jaar=2024": {"Coördinatoren"},
    "/admin/juridesk/statistieken/alle.json?jaar=2024": {"Coördinatoren"},
    "/admin/juridesk/statistieken/grafiek/regio.png?jaar=2024": {"Coördinatoren"},
    "/admin/juridesk/statistieken/grafiek/regio.svg?jaar=2024": {"Coördinatoren"},
    "/admin/juridesk/lijsten/": {"Coördinatoren"},
    "/admin/juridesk/lijsten/new/": {"Coördinatoren"},
    "/admin/juridesk/lijsten/edit/{waarde}/": {"Coördinatoren"},
}
GROEPEN = ["Redacteurs", "Moderatoren", "Juristen", "Coördinatoren"]


def toegelaten(antwoord):
    return antwoord.status_code == 200


@pytest.fixture
def vraag(maak_vraag):
    return maak_vraag("2024-03-01", regio="antwerpen")


@pytest.mark.parametrize("groep", GROEPEN)
def test_each_group_sees_only_what_it_may(groep, aangemeld, vraag, waarde):
    client = aangemeld(groep)
    for sjabloon, groepen in TOEGANG.items():
        url = sjabloon.format(pk=vraag.pk, waarde=waarde("regio", "limburg").pk)
        antwoord = client.get(url)
        if groep in groepen:
            assert antwoord.status_code == 200, (groep, url)
        else:
            # Wagtail sends a user without permission back to the dashboard
            assert antwoord.status_code in (302, 403), (groep, url, antwoord.status_code)
            assert not antwoord.get("Location", "").startswith("/admin/juridesk"), url


def test_an_anonymous_visitor_is_sent_to_the_login(vraag):
    client = Client()
    for sjabloon in TOEGANG:
        url = sjabloon.format(pk=vraag.pk, waarde=1)
        antwoord = client.get(url)
        assert antwoord.status_code == 302, url
        assert antwoord["Location"].startswith("/admin/login/"), url


def test_nothing_of_the_juridesk_is_public(client, vraag):
    for url in ["/juridesk/vragen/", "/juridesk/statistieken/", "/api/juridesk/"]:
        assert client.get(url).status_code in (301, 302, 404), url


def test_the_menu_shows_each_group_its_items(aangemeld):
    def menu(groep):
        html = aangemeld(groep, username=f"menu-{GROEPEN.index(groep)}").get("/admin/").content
        html = html.decode()
        return {
            item
            for item in ["Vraag registreren", "Alle vragen", "Statistieken", "Lijsten"]
            if f'"label": "{item}"' in html or f"&quot;{item}&quot;" in html or item in html
        }

    assert menu("Redacteurs") == set()
    assert menu("Juristen") == {"Vraag registreren", "Alle vragen"}
    assert menu("Coördinatoren") == {"Vraag registreren", "Alle vragen", "Statistieken", "Lijsten"}


def test_a_jurist_does_not_see_export_buttons(aangemeld, vraag):
    jurist = aangemeld("Juristen", username="j1").get("/admin/juridesk/vragen/").content.decode()
    coordinator = aangemeld("Coördinatoren", username="c1").get("/admin/juridesk/vragen/")
    assert "export=xlsx" not in jurist
    assert "export=xlsx" in coordinator.content.decode()


def test_a_jurist_cannot_post_to_the_lists(aangemeld, waarde):
    client = aangemeld("Juristen")
    limburg = waarde("regio", "limburg")
    client.post(f"/admin/juridesk/lijsten/edit/{limburg.pk}/", {"label": "Gewijzigd"})
    limburg.refresh_from_db()
    assert limburg.label == "Limburg"
