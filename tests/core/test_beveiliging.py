"""Security headers, the production settings, the login limit: what a visitor and an
attacker see."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.test import override_settings
from django.urls import reverse

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[2]


def csp(response):
    return {
        deel.split()[0]: deel.split()[1:]
        for deel in response["Content-Security-Policy"].split(";")
        if deel.strip()
    }


def test_public_page_gets_strict_csp_and_security_headers(client, maak_thema):
    maak_thema("Verblijf")
    response = client.get("/verblijf/")

    assert response.status_code == 200
    policy = csp(response)
    assert policy["script-src"] == ["'self'"]
    assert policy["style-src"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]
    assert policy["frame-ancestors"] == ["'none'"]
    assert "'unsafe-inline'" not in response["Content-Security-Policy"]
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["X-Frame-Options"] == "DENY"
    assert "camera=()" in response["Permissions-Policy"]


def test_public_templates_render_no_inline_script(client, maak_thema):
    maak_thema("Verblijf")
    html = client.get("/verblijf/").content.decode()
    # every <script> has a src (JSON data blocks aside): the CSP would block the rest
    for stuk in html.split("<script")[1:]:
        tag = stuk.split(">", 1)[0]
        assert "src=" in tag or "application/json" in tag, tag


def test_admin_gets_the_policy_wagtail_needs(client, maak_gebruiker):
    client.force_login(maak_gebruiker("beheerder", superuser=True))
    response = client.get(reverse("wagtailadmin_home"))

    assert response.status_code == 200
    policy = csp(response)
    assert "'unsafe-inline'" in policy["script-src"]
    assert "'unsafe-inline'" in policy["style-src"]
    assert policy["frame-ancestors"] == ["'self'"]  # the preview panel
    assert policy["object-src"] == ["'none'"]
    assert response["X-Frame-Options"] == "DENY"


# The browser tests' conftest allows the ORM beside Playwright's event loop through an
# environment variable; a production check must not inherit it (async.E001).
SCHONE_OMGEVING = {k: v for k, v in os.environ.items() if k != "DJANGO_ALLOW_ASYNC_UNSAFE"}


def productie_instellingen():
    """The security settings of config.settings.production, read in a fresh interpreter
    (this one already imported the settings with the test environment)."""
    code = (
        "import json; from config.settings import production as p; "
        "print(json.dumps({k: getattr(p, k) for k in dir(p) if k.isupper()}, default=str))"
    )
    env = {**SCHONE_OMGEVING, "SECRET_KEY": "x" * 60, "ALLOWED_HOSTS": "www.vreemdelingenrecht.be"}
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, check=True
    )
    return json.loads(result.stdout)


PRODUCTIE_SLEUTELS = [
    "SECURE_SSL_REDIRECT",
    "SECURE_PROXY_SSL_HEADER",
    "SECURE_HSTS_SECONDS",
    "SECURE_HSTS_INCLUDE_SUBDOMAINS",
    "SECURE_HSTS_PRELOAD",
    "SESSION_COOKIE_SECURE",
    "CSRF_COOKIE_SECURE",
]


def test_production_sends_hsts_redirects_to_https_and_keeps_cookies_secure(
    client, maak_thema, maak_gebruiker
):
    prod = productie_instellingen()
    maak_thema("Verblijf")
    maak_gebruiker("redacteur", groep="Redacteurs")
    overrides = {k: prod[k] for k in PRODUCTIE_SLEUTELS}
    overrides["SECURE_PROXY_SSL_HEADER"] = tuple(overrides["SECURE_PROXY_SSL_HEADER"])
    with override_settings(**overrides):
        plat = client.get("/verblijf/")
        assert plat.status_code == 301
        assert plat["Location"] == "https://testserver/verblijf/"

        veilig = client.get("/verblijf/", headers={"X-Forwarded-Proto": "https"})
        assert veilig.status_code == 200
        assert veilig["Strict-Transport-Security"] == (
            "max-age=31536000; includeSubDomains; preload"
        )

        aangemeld = client.post(
            reverse("wagtailadmin_login"),
            {"username": "redacteur", "password": "geheim-wachtwoord-123"},
            headers={"X-Forwarded-Proto": "https"},
        )
        assert aangemeld.status_code == 302
        assert aangemeld.cookies["sessionid"]["secure"] is True
        assert aangemeld.cookies["sessionid"]["httponly"] is True
    assert prod["DEBUG"] is False
    assert "upgrade-insecure-requests" in prod["CONTENT_SECURITY_POLICY"]["DIRECTIVES"]


def check_deploy(tmp_path, **omgeving):
    env = {
        **{k: v for k, v in SCHONE_OMGEVING.items() if k not in ("REDIS_URL", "CACHE_URL")},
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "SECRET_KEY": "k" * 20 + "Zq8!mP2#vR5&xT9@bW4$nL7^cF1*hJ6(dG3)",
        "ALLOWED_HOSTS": "www.vreemdelingenrecht.be",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'check.sqlite3'}",
        **omgeving,
    }
    return subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_check_deploy_is_clean_with_production_settings(tmp_path):
    # the check only reads the settings: no Redis needs to answer on this port
    result = check_deploy(tmp_path, REDIS_URL="redis://127.0.0.1:6399/0")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues (0 silenced)." in result.stdout


def test_check_deploy_warns_when_production_runs_on_local_memory(tmp_path):
    """Issue 12, finding 2: with the local-memory cache each gunicorn worker keeps its own
    page cache and its own request counts (every limit times the number of workers)."""
    result = check_deploy(tmp_path)
    uitvoer = result.stdout + result.stderr
    assert result.returncode != 0
    assert "(core.W001) De cache 'default' staat in het lokale geheugen" in uitvoer
    assert "(core.W001) De cache 'limieten' staat in het lokale geheugen" in uitvoer
    assert "REDIS_URL" in uitvoer


def test_production_refuses_to_start_without_secret_key(tmp_path):
    env = {k: v for k, v in SCHONE_OMGEVING.items() if k != "SECRET_KEY"}
    env["DJANGO_SETTINGS_MODULE"] = "config.settings.production"
    result = subprocess.run(
        [sys.executable, "manage.py", "check"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode != 0
    assert "SECRET_KEY ontbreekt" in result.stderr


class TestLoginLimit:
    """Five wrong passwords for one username from one address lock that pair out."""

    def probeer(self, client, username, password):
        return client.post(
            reverse("wagtailadmin_login"), {"username": username, "password": password}
        )

    def test_lockout_after_five_wrong_passwords_in_dutch(self, client, maak_gebruiker, settings):
        maak_gebruiker("jurist", groep="Juristen")
        for _ in range(settings.AXES_FAILURE_LIMIT - 1):
            response = self.probeer(client, "jurist", "fout")
            assert response.status_code == 200  # the login form again, with an error

        response = self.probeer(client, "jurist", "fout")
        assert response.status_code == 429
        html = response.content.decode()
        assert "Aanmelden tijdelijk geblokkeerd" in html
        assert "Probeer het over 30 minuten opnieuw" in html

        # even the right password is refused now
        response = self.probeer(client, "jurist", "geheim-wachtwoord-123")
        assert response.status_code == 429
        assert "_auth_user_id" not in client.session

    def test_other_accounts_and_a_good_login_are_not_affected(self, client, maak_gebruiker):
        maak_gebruiker("jurist", groep="Juristen")
        maak_gebruiker("redacteur", groep="Redacteurs")
        for _ in range(5):
            self.probeer(client, "jurist", "fout")

        response = self.probeer(client, "redacteur", "geheim-wachtwoord-123")
        assert response.status_code == 302
        assert client.get(reverse("wagtailadmin_home")).status_code == 200

    def test_a_success_resets_the_count(self, client, maak_gebruiker):
        maak_gebruiker("jurist", groep="Juristen")
        for _ in range(4):
            self.probeer(client, "jurist", "fout")
        assert self.probeer(client, "jurist", "geheim-wachtwoord-123").status_code == 302
        client.logout()
        for _ in range(4):
            assert self.probeer(client, "jurist", "fout").status_code == 200


def test_the_admin_login_speaks_dutch(client, db):
    import re

    html = client.get(reverse("wagtailadmin_login")).content.decode()
    labels = [
        " ".join(re.sub(r"<[^>]+>", " ", m).split())
        for m in re.findall(r"<label[^>]*>.*?</label>", html, re.S)
    ]
    assert "Gebruikersnaam *" in labels and "Wachtwoord *" in labels
    assert "Password" not in html.replace("PasswordInput", "")
