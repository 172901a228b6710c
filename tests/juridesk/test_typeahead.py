"""The theme type-ahead of the logging screen also finds a theme through the search
synonyms that editors keep (admin > Synoniemen) and through a word inside its label.

Juridesk stands alone (ARCHITECTURE.md): it does not import the site search. The synonyms
reach the logging screen's script as JSON from `/api/synoniemen/`, named by URL only."""

import pytest
from django.utils import timezone

from juridesk.models import Vraag
from zoeken.models import Synoniemgroep

pytestmark = pytest.mark.django_db
URL = "/admin/juridesk/registreren/"


def test_the_synonyms_editors_keep_are_served_as_json(client):
    Synoniemgroep.objects.create(termen="leefloon, OCMW-steun ,  ", opmerking="juridesk")
    Synoniemgroep.objects.create(termen="weg, vergeten", actief=False)
    antwoord = client.get("/api/synoniemen/")
    assert antwoord.status_code == 200
    assert antwoord["Content-Type"].startswith("application/json")
    groepen = antwoord.json()["groepen"]
    assert ["leefloon", "OCMW-steun"] in groepen
    assert not any("vergeten" in groep for groep in groepen)
    assert all(len(groep) >= 2 for groep in groepen)


def test_the_logging_screen_knows_where_the_synonyms_are(aangemeld):
    html = aangemeld("Juristen").get(URL).content.decode()
    assert 'data-synoniemen="/api/synoniemen/"' in html


@pytest.mark.parametrize(
    ("getypt", "code"),
    [
        ("steun", "sociaal-recht-ocmw-steun"),  # a word inside "OCMW-steun"
        ("documenten", "ipr-buitenlandse-documenten"),  # "Buitenlandse documenten"
        ("medische hulp", "sociaal-recht-gezondheidszorg"),
    ],
)
def test_a_word_inside_a_label_is_enough_without_javascript(aangemeld, getypt, code):
    jurist = aangemeld("Juristen")
    nu = timezone.localtime().strftime("%Y-%m-%dT%H:%M")
    antwoord = jurist.post(URL, {"thema_1": getypt, "datum": nu})
    assert antwoord.status_code == 302, antwoord.content.decode()[-3000:]
    assert code in set(Vraag.objects.get().themas.values_list("code", flat=True))
