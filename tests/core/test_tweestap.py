"""Two-step login: an editor sets up an authenticator app, and from then on the admin
asks for a code after the password."""

import time

import pytest
from django.urls import reverse
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def geen_wachttijd(settings):
    settings.OTP_TOTP_THROTTLE_FACTOR = 0


def code(toestel, stap=0):
    """The code the app shows now (stap=1: the next 30-second step; a code is single-use)."""
    totp = TOTP(toestel.bin_key, toestel.step, toestel.t0, toestel.digits, toestel.drift)
    totp.time = time.time() + stap * toestel.step
    return f"{totp.token():0{toestel.digits}d}"


def aanmelden(client, username):
    return client.post(
        reverse("wagtailadmin_login"),
        {"username": username, "password": "geheim-wachtwoord-123", "next": "/admin/pages/"},
    )


def test_without_a_device_the_password_is_enough(client, maak_gebruiker):
    maak_gebruiker("redacteur", groep="Redacteurs")
    assert aanmelden(client, "redacteur").status_code == 302
    assert client.get(reverse("wagtailadmin_home")).status_code == 200


def test_set_up_then_login_needs_a_code(client, maak_gebruiker):
    user = maak_gebruiker("redacteur", groep="Redacteurs")
    aanmelden(client, "redacteur")

    # the account menu leads to the set-up page, with a QR code and the key
    account = client.get(reverse("wagtailadmin_account")).content.decode()
    assert reverse("core_tweestap") in account
    pagina = client.get(reverse("core_tweestap"))
    html = pagina.content.decode()
    assert pagina.status_code == 200
    assert "<svg" in html and "Scan deze QR-code" in html
    toestel = TOTPDevice.objects.get(user=user, confirmed=False)

    # a wrong code changes nothing
    fout = client.post(
        reverse("core_tweestap"), {"code": "000000" if code(toestel) != "000000" else "111111"}
    )
    assert "Deze code klopt niet" in fout.content.decode()
    assert not TOTPDevice.objects.filter(user=user, confirmed=True).exists()

    bevestigd = client.post(reverse("core_tweestap"), {"code": code(toestel)}, follow=True)
    assert "Tweestapsverificatie staat aan" in bevestigd.content.decode()
    toestel.refresh_from_db()
    assert toestel.confirmed

    # next login: the password alone does not open the admin
    client.post(reverse("wagtailadmin_logout"))
    assert aanmelden(client, "redacteur").status_code == 302
    response = client.get("/admin/pages/")
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("core_tweestap_verifieer"))
    assert "next=/admin/pages/" in response["Location"]

    verifieer = client.get(response["Location"])
    assert "Code uit je authenticator-app" in verifieer.content.decode()

    fout = client.post(
        reverse("core_tweestap_verifieer"), {"code": "12ab56", "next": "/admin/pages/"}
    )
    assert "alleen uit cijfers" in fout.content.decode()
    assert client.get("/admin/pages/").status_code == 302

    goed = client.post(
        reverse("core_tweestap_verifieer"), {"code": code(toestel, stap=1), "next": "/admin/pages/"}
    )
    assert goed.status_code == 302
    assert goed["Location"] == "/admin/pages/"
    assert client.get("/admin/pages/").status_code == 200


def test_the_code_form_does_not_redirect_elsewhere(client, maak_gebruiker):
    user = maak_gebruiker("beheerder", superuser=True)
    TOTPDevice.objects.create(user=user, name="app", confirmed=True)
    toestel = TOTPDevice.objects.get(user=user)
    aanmelden(client, "beheerder")
    response = client.post(
        reverse("core_tweestap_verifieer"),
        {"code": code(toestel), "next": "https://kwaadaardig.example/"},
    )
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_home")


def test_switch_off_needs_a_valid_code(client, maak_gebruiker):
    user = maak_gebruiker("redacteur", groep="Redacteurs")
    toestel = TOTPDevice.objects.create(user=user, name="app", confirmed=True)
    aanmelden(client, "redacteur")
    client.post(reverse("core_tweestap_verifieer"), {"code": code(toestel)})

    pagina = client.get(reverse("core_tweestap")).content.decode()
    assert "staat <strong>aan</strong>" in pagina
    client.post(reverse("core_tweestap"), {"code": "99999"})
    assert TOTPDevice.objects.filter(user=user).exists()
    client.post(reverse("core_tweestap"), {"code": code(toestel, stap=1)})
    assert not TOTPDevice.objects.filter(user=user).exists()
