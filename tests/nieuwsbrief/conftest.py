"""A real SMTP server (aiosmtpd) on 127.0.0.1 for the newsletter tests, and small factories."""

import contextlib
import email
import email.policy
import socket
import threading

import pytest
from aiosmtpd.controller import Controller

from nieuwsbrief.models import Abonnee


class Postvak:
    """Collects what the SMTP server accepted; can refuse recipients or fail on demand."""

    def __init__(self):
        self.berichten = []
        self.lock = threading.Lock()
        self.weiger = {}  # address -> "550 ..." (RCPT refused)

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address in self.weiger:
            return self.weiger[address]
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        bericht = email.message_from_bytes(envelope.content, policy=email.policy.default)
        with self.lock:
            self.berichten.append(
                {
                    "van": envelope.mail_from,
                    "naar": list(envelope.rcpt_tos),
                    "bericht": bericht,
                    "ruw": envelope.original_content or envelope.content,
                }
            )
        return "250 OK"

    def aan(self, adres):
        return [b["bericht"] for b in self.berichten if adres in b["naar"]]

    def ruw_aan(self, adres):
        """The bytes as they came over the wire (headers not decoded)."""
        return [b["ruw"] for b in self.berichten if adres in b["naar"]]

    def per_ontvanger(self):
        tellingen = {}
        for b in self.berichten:
            for adres in b["naar"]:
                tellingen[adres] = tellingen.get(adres, 0) + 1
        return tellingen


def vrije_poort():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def smtp_op(settings):
    """Points Django's SMTP backend at a fresh aiosmtpd server; yields its Postvak."""
    postvak = Postvak()
    controller = Controller(postvak, hostname="127.0.0.1", port=vrije_poort())
    controller.start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = controller.port
    settings.EMAIL_USE_TLS = False
    settings.EMAIL_USE_SSL = False
    settings.EMAIL_HOST_USER = ""
    settings.EMAIL_HOST_PASSWORD = ""
    settings.EMAIL_TIMEOUT = 10
    try:
        yield postvak
    finally:
        controller.stop()


@pytest.fixture
def smtp_server(settings):
    """A real SMTP server for one test (smtp_op); yields its Postvak."""
    with smtp_op(settings) as postvak:
        yield postvak


def tekst_van(bericht, soort="plain"):
    deel = bericht.get_body(preferencelist=(soort,))
    return deel.get_content() if deel else ""


@pytest.fixture
def maak_abonnee(db):
    def maak(email, nieuwsbrief=True, rechtspraak=False, status=Abonnee.Status.INGESCHREVEN):
        return Abonnee.objects.create(
            email=email, nieuwsbrief=nieuwsbrief, rechtspraak=rechtspraak, status=status
        )

    return maak
