"""The client's address behind the reverse proxy (issue 12, findings 1 and 2): the login
limit and the newsletter limit count per client, not per proxy, and nobody can choose
their own address by sending a header."""

import pytest
from django.core.cache import cache, caches
from django.test import RequestFactory
from django.urls import reverse

from core.clientadres import client_adres

pytestmark = pytest.mark.django_db

NGINX = "127.0.0.1"  # the proxy: every request reaches Django from here


@pytest.fixture(autouse=True)
def lege_caches():
    cache.clear()
    caches["limieten"].clear()


def via_proxy(forwarded_for):
    """What nginx sends on: the address it saw appended to X-Forwarded-For."""
    return {"REMOTE_ADDR": NGINX, "HTTP_X_FORWARDED_FOR": forwarded_for}


def aanmelden(client, username, password, **meta):
    return client.post(
        reverse("wagtailadmin_login"), {"username": username, "password": password}, **meta
    )


@pytest.mark.parametrize(
    "hops, meta, verwacht",
    [
        (0, {"REMOTE_ADDR": "203.0.113.7"}, "203.0.113.7"),
        # without a trusted proxy the header is the client's own word: ignored
        (0, via_proxy("198.51.100.1"), NGINX),
        (1, via_proxy("203.0.113.7"), "203.0.113.7"),
        # a forged first entry: the proxy appended the address it really saw
        (1, via_proxy("198.51.100.1, 203.0.113.7"), "203.0.113.7"),
        (1, via_proxy("onzin, 203.0.113.7"), "203.0.113.7"),
        (1, via_proxy("2001:db8::5"), "2001:db8::5"),
        (1, {"REMOTE_ADDR": "203.0.113.7"}, "203.0.113.7"),  # no header: the peer
        # two proxies (a load balancer in front of nginx): the second entry from the right
        (2, via_proxy("198.51.100.1, 203.0.113.7, 10.0.0.2"), "203.0.113.7"),
    ],
)
def test_the_client_address_for_a_number_of_trusted_proxies(settings, hops, meta, verwacht):
    settings.TRUSTED_PROXY_COUNT = hops
    assert client_adres(RequestFactory().get("/", **meta)) == verwacht


class TestLoginLimitBehindTheProxy:
    @pytest.fixture(autouse=True)
    def achter_nginx(self, settings, maak_gebruiker):
        settings.TRUSTED_PROXY_COUNT = 1
        maak_gebruiker("jurist", groep="Juristen")

    def test_a_stranger_cannot_lock_a_jurist_out(self, client, settings):
        vreemde = via_proxy("203.0.113.66")
        for _ in range(settings.AXES_FAILURE_LIMIT - 1):
            assert aanmelden(client, "jurist", "fout", **vreemde).status_code == 200
        assert aanmelden(client, "jurist", "fout", **vreemde).status_code == 429
        assert aanmelden(client, "jurist", "geheim-wachtwoord-123", **vreemde).status_code == 429

        # the jurist, from her own address, behind the same proxy
        antwoord = aanmelden(
            client, "jurist", "geheim-wachtwoord-123", **via_proxy("198.51.100.20")
        )
        assert antwoord.status_code == 302
        assert client.get(reverse("wagtailadmin_home")).status_code == 200

    def test_a_forged_header_does_not_escape_the_lockout(self, client, settings):
        for i in range(settings.AXES_FAILURE_LIMIT):
            aanmelden(client, "jurist", "fout", **via_proxy(f"10.9.9.{i}, 203.0.113.66"))
        antwoord = aanmelden(
            client, "jurist", "geheim-wachtwoord-123", **via_proxy("10.9.9.99, 203.0.113.66")
        )
        assert antwoord.status_code == 429

    def test_without_a_trusted_proxy_the_header_changes_nothing(self, client, settings):
        settings.TRUSTED_PROXY_COUNT = 0
        for i in range(settings.AXES_FAILURE_LIMIT):
            aanmelden(client, "jurist", "fout", HTTP_X_FORWARDED_FOR=f"203.0.113.{i}")
        antwoord = aanmelden(
            client, "jurist", "geheim-wachtwoord-123", HTTP_X_FORWARDED_FOR="198.51.100.20"
        )
        assert antwoord.status_code == 429


class TestNewsletterLimitBehindTheProxy:
    def inschrijven(self, client, email, forwarded_for):
        return client.post(
            "/nieuwsbrief/",
            {"email": email, "lijsten": ["nieuwsbrief"]},
            **via_proxy(forwarded_for),
        )

    def test_each_client_has_its_own_limit(self, client, settings):
        settings.TRUSTED_PROXY_COUNT = 1
        settings.NIEUWSBRIEF_LIMIET_PER_CLIENT = 3
        codes = [
            self.inschrijven(client, f"lezer{i}@example.be", "203.0.113.66").status_code
            for i in range(5)
        ]
        assert codes == [302, 302, 302, 429, 429]
        # a forged first entry is still the same client
        assert self.inschrijven(client, "x@example.be", "10.1.1.1, 203.0.113.66").status_code == 429
        # another reader behind the same proxy is not affected
        assert self.inschrijven(client, "ander@example.be", "198.51.100.20").status_code == 302

    def test_the_limit_lives_in_the_shared_cache_not_in_the_page_cache(self, client, settings):
        settings.TRUSTED_PROXY_COUNT = 1
        settings.NIEUWSBRIEF_LIMIET_PER_CLIENT = 1
        assert self.inschrijven(client, "a@example.be", "203.0.113.66").status_code == 302
        cache.clear()  # the page cache emptied (or evicted): the count stays
        assert self.inschrijven(client, "b@example.be", "203.0.113.66").status_code == 429
