"""SMTP transport: open a connection, send one finished message, close it hard, and say what
an SMTP error means (permanent, temporary, or unsure whether the message went out). Knows
nothing of deliveries or subscribers: the caller passes `voor_punt`, the database write that
is bracketed with the final '.' (see `verstuur_in_twee_fasen` and nieuwsbrief/verzending.py).
"""

import contextlib
import email
import email.policy
import smtplib
import socket
from dataclasses import dataclass

from django.core.mail import EmailMessage, mailers
from django.core.mail.backends.smtp import EmailBackend as SMTPBackend
from django.db import transaction

from . import ondertekening


class NaPuntOnzeker(Exception):
    """The '.' went out but the server's answer did not come back."""


class PuntNietVerstuurd(Exception):
    """The row was marked "verzonden" but the '.' could not be written: the server drops the
    unfinished message, so the row goes back to the queue."""


class NaPuntGeweigerd(smtplib.SMTPResponseException):
    """The server refused the message after the '.' (the row already says "verzonden")."""


# What sending one message may raise that `beoordeel` understands.
SMTP_FOUTEN = (PuntNietVerstuurd, NaPuntOnzeker, smtplib.SMTPException, OSError)

PERMANENT = "permanent"  # 5xx: trying again will not help
TIJDELIJK = "tijdelijk"  # 4xx or a lost connection: try again later
ONZEKER = "onzeker"  # the '.' went out, the answer did not come back: counts as sent


@dataclass(frozen=True)
class SmtpFout:
    """One SMTP error, classified."""

    soort: str  # PERMANENT, TIJDELIJK or ONZEKER
    tekst: str  # for the delivery's "laatste fout"
    ontvanger: bool = False  # the recipient was refused (RCPT): permanent means a hard bounce
    na_punt: bool = False  # refused after the '.': the row was already marked sent
    verbinding_weg: bool = False  # the connection is unusable: close it
    opnieuw_openen: bool = False  # ... and open a new one before the next message


def beoordeel(exc) -> SmtpFout:
    """Classify an exception from `verstuur_bericht` (one of SMTP_FOUTEN)."""
    if isinstance(exc, PuntNietVerstuurd):
        # rolled back: the row is still "bezig"
        return SmtpFout(TIJDELIJK, f"verbinding verbroken: {exc}", verbinding_weg=True)
    if isinstance(exc, NaPuntOnzeker):
        return SmtpFout(
            ONZEKER, f"geen antwoord van de server na verzending: {exc}", verbinding_weg=True
        )
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        code, antwoord = next(iter(exc.recipients.values()))
        soort = PERMANENT if 500 <= code < 600 else TIJDELIJK
        return SmtpFout(soort, f"{code} {antwoord!r}", ontvanger=True)
    if isinstance(exc, smtplib.SMTPResponseException):
        # Refused (MAIL FROM, DATA, or after the '.'): 5xx is final, 4xx is retried.
        soort = PERMANENT if 500 <= exc.smtp_code < 600 else TIJDELIJK
        return SmtpFout(
            soort,
            f"{exc.smtp_code} {exc.smtp_error!r}",
            na_punt=isinstance(exc, NaPuntGeweigerd),
        )
    # Connection lost before the '.': not delivered; try again later.
    return SmtpFout(
        TIJDELIJK, f"verbinding verbroken: {exc}", verbinding_weg=True, opnieuw_openen=True
    )


class RuwBericht(EmailMessage):
    """Ready-made bytes for a non-SMTP backend (console in development, locmem)."""

    def __init__(self, raw: bytes, van: str, naar: str):
        super().__init__(from_email=van, to=[naar])
        self.raw = raw

    def message(self, *, policy=email.policy.default):
        return email.message_from_bytes(self.raw, policy=policy)


def open_verbinding(backend):
    backend.open()
    sock = getattr(getattr(backend, "connection", None), "sock", None)
    if sock is not None:
        # The message and its final '.' go out in two send() calls; without TCP_NODELAY,
        # Nagle's algorithm holds the '.' until the server's delayed ACK (~40 ms a message).
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    return backend


def sluit_hard(backend):
    """Drop the connection without QUIT: an open DATA must never be ended by a '.'."""
    verbinding = getattr(backend, "connection", None)
    if verbinding is not None:
        with contextlib.suppress(OSError):
            verbinding.close()
        backend.connection = None


def sluit(backend):
    with contextlib.suppress(smtplib.SMTPException, OSError):
        backend.close()


def verstuur_bericht(
    backend,
    van,
    naar,
    raw: bytes,
    voor_punt=lambda: None,
    ondertekend=False,
    terwijl_de_server_antwoordt=lambda: None,
):
    """One finished message through the open backend, its bytes exactly as `Sjabloon` made
    them: over SMTP in two phases (see `verstuur_in_twee_fasen`), for any other backend
    (console, locmem) as a `RuwBericht`. Re-serialising through Django's EmailMessage would
    fold and RFC 2047-encode headers such as List-Unsubscribe. Signed here with DKIM where
    it is configured (ondertekening.py): every bulk message and test send passes this line;
    `ondertekend`: the caller signed `raw` already (verzending.py, with
    `ondertekening.ondertekenaar()`). `terwijl_de_server_antwoordt`: work done between the
    committed '.' and reading the server's answer (verzending.py makes the next message)."""
    if not ondertekend:
        raw = ondertekening.onderteken(raw)
    if isinstance(backend, SMTPBackend):
        if backend.connection is None:
            open_verbinding(backend)
        verstuur_in_twee_fasen(
            backend.connection, van, naar, raw, voor_punt, terwijl_de_server_antwoordt
        )
    else:
        backend.send_messages([RuwBericht(raw, van, naar)])
        voor_punt()
        terwijl_de_server_antwoordt()


def verstuur_email(bericht: EmailMessage):
    """A message built with Django's EmailMessage (the double opt-in confirmation) sent like the
    newsletter's own: over SMTP its bytes, as Django's SMTP backend makes them, go through
    `verstuur_bericht`, so they are signed with DKIM where it is configured. Any other backend
    (console, locmem) gets the EmailMessage itself."""
    backend = mailers.default
    if not isinstance(backend, SMTPBackend):
        backend.send_messages([bericht])
        return
    raw = bericht.message(policy=email.policy.SMTP).as_bytes()
    van = backend.prep_address(bericht.from_email)
    open_verbinding(backend)
    try:
        for naar in bericht.recipients():
            verstuur_bericht(backend, van, backend.prep_address(naar), raw)
    except BaseException:
        sluit_hard(backend)
        raise
    sluit(backend)


def verstuur_in_twee_fasen(
    smtp: smtplib.SMTP, van, naar, raw: bytes, voor_punt, terwijl_de_server_antwoordt=None
):
    """MAIL, RCPT, DATA and the message; then, in one database transaction, `voor_punt()`
    (the UPDATE to "verzonden"), the '.', and the COMMIT; then `terwijl_de_server_antwoordt()`
    (meanwhile the server reads and accepts the message), then its answer. Raises the smtplib
    exceptions for refusals before the '.', PuntNietVerstuurd when the '.' could not be
    written (rolled back), NaPuntOnzeker / NaPuntGeweigerd after it (committed)."""
    smtp.ehlo_or_helo_if_needed()
    code, antwoord = smtp.mail(van)
    if code != 250:
        _rset(smtp)
        raise smtplib.SMTPSenderRefused(code, antwoord, van)
    code, antwoord = smtp.rcpt(naar)
    if code not in (250, 251):
        _rset(smtp)
        raise smtplib.SMTPRecipientsRefused({naar: (code, antwoord)})
    smtp.putcmd("data")
    code, antwoord = smtp.getreply()
    if code != 354:
        _rset(smtp)
        raise smtplib.SMTPDataError(code, antwoord)
    inhoud = raw.replace(b"\r\n.", b"\r\n..")  # dot-stuffing (RFC 5321 4.5.2)
    if inhoud.startswith(b"."):
        inhoud = b"." + inhoud
    if not inhoud.endswith(b"\r\n"):
        inhoud += b"\r\n"
    smtp.send(inhoud)
    # The row is updated (and locked) before the '.', committed right after it: a worker
    # killed before the COMMIT leaves on the database server a transaction that is rolled
    # back, and on the SMTP server a message whose fate was decided by the '.'. The window
    # between the two writes is a few lines of Python, not a database round trip: a kill
    # while an autocommit UPDATE is in flight would still commit it on PostgreSQL.
    with transaction.atomic():
        voor_punt()
        try:
            smtp.send(b".\r\n")
        except (smtplib.SMTPServerDisconnected, OSError) as exc:
            raise PuntNietVerstuurd(str(exc)) from exc
    if terwijl_de_server_antwoordt is not None:
        terwijl_de_server_antwoordt()
    try:
        code, antwoord = smtp.getreply()
    except (smtplib.SMTPServerDisconnected, OSError) as exc:
        raise NaPuntOnzeker(str(exc)) from exc
    if code != 250:
        raise NaPuntGeweigerd(code, antwoord)


def _rset(smtp):
    with contextlib.suppress(smtplib.SMTPException, OSError):
        smtp.rset()
