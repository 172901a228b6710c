"""The demo has an account per editorial role, and `make run` (manage.py demo_inhoud) ends by
printing every demo login: user, password, role."""

import io

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password
from django.core.management import call_command

from core.management.commands import demo_inhoud

pytestmark = pytest.mark.django_db


@pytest.fixture
def uitvoer(monkeypatch):
    # the content of the apps is tested per app; here only the accounts
    monkeypatch.setattr(demo_inhoud, "APPS", [])
    stdout = io.StringIO()
    call_command("demo_inhoud", stdout=stdout)
    return stdout.getvalue()


def test_redacteur_en_moderator_kunnen_zich_aanmelden_met_het_demowachtwoord(uitvoer, client):
    wachtwoord = demo_inhoud.DEMO_WACHTWOORD
    User = get_user_model()
    redacteur, moderator = (
        User.objects.get(username="redacteur"),
        User.objects.get(username="moderator"),
    )
    assert list(redacteur.groups.values_list("name", flat=True)) == ["Redacteurs"]
    assert list(moderator.groups.values_list("name", flat=True)) == [demo_inhoud.MODERATOREN]
    for user in (redacteur, moderator):
        validate_password(wachtwoord, user)  # the site's own validators accept it
        response = client.post("/admin/login/", {"username": user.username, "password": wachtwoord})
        assert response.status_code == 302, user.username
        assert client.get("/admin/").status_code == 200
        client.logout()


def test_het_commando_drukt_elke_demologin_af(uitvoer, django_user_model):
    django_user_model.objects.create_user("jurist", password="x")  # made by juridesk's demo
    stdout = io.StringIO()
    call_command("demo_inhoud", stdout=stdout)
    tekst = stdout.getvalue()

    laatste = tekst[tekst.rindex("Demo-aanmeldingen") :]
    for gebruiker, rol in [
        ("admin", "beheerder"),
        ("redacteur", "Redacteurs"),
        ("moderator", demo_inhoud.MODERATOREN),
    ]:
        regel = next(r for r in laatste.splitlines() if r.strip().startswith(gebruiker))
        assert demo_inhoud.DEMO_WACHTWOORD in regel and rol in regel
    assert any(r.strip().startswith("jurist") for r in laatste.splitlines())


def test_een_tweede_keer_verandert_niets(uitvoer):
    User = get_user_model()
    aantal = User.objects.count()
    call_command("demo_inhoud", stdout=io.StringIO())
    assert User.objects.count() == aantal
