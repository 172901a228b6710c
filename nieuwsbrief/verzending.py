"""Sending an edition: delivery records, claims, one SMTP connection per batch, retries.

Never twice, never skipped, also when the worker is killed:

* Queueing makes one `Levering` per (edition, subscriber); a unique constraint forbids a second.
* A worker claims a batch by moving rows from "wachtrij" to "bezig" with its own claim token and
  the time (one conditional UPDATE; on PostgreSQL the candidates are picked with
  SELECT ... FOR UPDATE SKIP LOCKED so workers don't wait on each other). A live worker renews
  its claim while it works; a claim older than NIEUWSBRIEF_CLAIM_LEASE seconds belongs to a dead
  worker and may be taken over.
* Each message is marked "verzonden" in a transaction that brackets the final "." that makes
  the SMTP server accept it: UPDATE (only while the claim is still ours), then the ".", then
  COMMIT. A kill before the "." : the SMTP server drops the unfinished message and the
  database rolls the UPDATE back; the row is sent again after the lease. A kill after the
  COMMIT went out: both sides agree. What remains is the time between writing the "." and
  writing the COMMIT (a few lines of Python): a kill exactly there sends that one message
  twice. Marking with a separate commit before the "." would instead lose a message when the
  kill falls during the commit's round trip (PostgreSQL commits a statement whose client
  died), and marking after the server's 250 would risk a duplicate during the server's
  processing plus a round trip plus a commit. The Message-ID is fixed per delivery, so a
  receiving system that sees the same message twice can recognise it.
* A temporary failure (4xx, lost connection before the ".") puts the row back in the queue
  with back-off (NIEUWSBRIEF_BACKOFF); after NIEUWSBRIEF_MAX_POGINGEN attempts it is "mislukt"
  and reported. A 5xx for the recipient is a hard bounce: "onbestelbaar", and the subscriber
  is deactivated.
"""

import contextlib
import logging
import smtplib
import socket
import time
import uuid
from datetime import timedelta

from django.conf import settings
from django.core.mail import mailers
from django.core.mail.backends.smtp import EmailBackend as SMTPBackend
from django.db import connection as db_connection
from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone

from .mail import PROEF_TOKEN, RuwBericht, Sjabloon
from .models import Abonnee, Editie, Levering

logger = logging.getLogger("nieuwsbrief")


def instelling(naam, standaard):
    return getattr(settings, f"NIEUWSBRIEF_{naam}", standaard)


def lease():
    return float(instelling("CLAIM_LEASE", 120))


def batchgrootte():
    return int(instelling("BATCH", 100))


def backoff(poging):
    stappen = instelling("BACKOFF", [120, 600, 1800])
    return timedelta(seconds=stappen[min(poging, len(stappen)) - 1])


class ClaimVerloren(Exception):
    """Another worker took the row over (our lease ran out): do not send it."""


class NaPuntOnzeker(Exception):
    """The '.' went out but the server's answer did not come back."""


class PuntNietVerstuurd(Exception):
    """The row was marked "verzonden" but the '.' could not be written: the server drops the
    unfinished message, so the row goes back to the queue."""


class NaPuntGeweigerd(smtplib.SMTPResponseException):
    """The server refused the message after the '.' (the row already says "verzonden")."""


# --- queueing --------------------------------------------------------------------------


def ontvangers(editie):
    return Abonnee.objects.filter(status=Abonnee.Status.INGESCHREVEN, **{editie.soort: True})


@transaction.atomic
def zet_in_wachtrij(editie: Editie) -> int:
    """One delivery per current subscriber of the edition's list. Only for a draft: for an
    edition already being sent, this changes nothing (so running the command again resumes)."""
    editie = Editie.objects.select_for_update().get(pk=editie.pk)
    if editie.status == Editie.Status.CONCEPT:
        ids = list(ontvangers(editie).values_list("pk", flat=True))
        Levering.objects.bulk_create(
            [Levering(editie=editie, abonnee_id=pk) for pk in ids],
            batch_size=2000,
            ignore_conflicts=True,
        )
        editie.start_verzending()
    return Levering.objects.filter(editie=editie).count()


def open_werk(editie_id) -> bool:
    return Levering.objects.filter(
        editie_id=editie_id, status__in=[Levering.Status.WACHTRIJ, Levering.Status.BEZIG]
    ).exists()


def volgende_moment(editie_id):
    """When the next row becomes claimable (None: nothing open)."""
    eerst_wachtrij = (
        Levering.objects.filter(editie_id=editie_id, status=Levering.Status.WACHTRIJ)
        .order_by("volgende_poging")
        .values_list("volgende_poging", flat=True)
        .first()
    )
    eerst_bezig = (
        Levering.objects.filter(editie_id=editie_id, status=Levering.Status.BEZIG)
        .order_by("geclaimd_op")
        .values_list("geclaimd_op", flat=True)
        .first()
    )
    momenten = [
        m for m in (eerst_wachtrij, eerst_bezig and eerst_bezig + timedelta(seconds=lease())) if m
    ]
    return min(momenten) if momenten else None


# --- claiming --------------------------------------------------------------------------


def _claimbaar(editie_id, nu):
    verlopen = nu - timedelta(seconds=lease())
    return Levering.objects.filter(editie_id=editie_id).filter(
        Q(status=Levering.Status.WACHTRIJ, volgende_poging__lte=nu)
        | Q(status=Levering.Status.BEZIG, geclaimd_op__lt=verlopen)
    )


def claim_batch(editie_id, grootte=None):
    """Claim up to `grootte` rows; returns (claim token, rows). Safe with several workers."""
    grootte = grootte or batchgrootte()
    token = uuid.uuid4().hex
    nu = timezone.now()
    with transaction.atomic():
        kandidaten = _claimbaar(editie_id, nu).order_by("pk")
        if db_connection.features.has_select_for_update_skip_locked:
            ids = list(
                kandidaten.select_for_update(skip_locked=True, of=("self",)).values_list(
                    "pk", flat=True
                )[:grootte]
            )
        else:  # SQLite: the transaction holds the write lock (transaction_mode IMMEDIATE)
            ids = list(kandidaten.values_list("pk", flat=True)[:grootte])
        if not ids:
            return token, []
        # The conditions are repeated: on PostgreSQL the UPDATE re-checks them on the newest
        # row version, so a row another worker claimed in between is not taken twice.
        _claimbaar(editie_id, nu).filter(pk__in=ids).update(
            status=Levering.Status.BEZIG, claim=token, geclaimd_op=nu
        )
    rijen = list(
        Levering.objects.filter(claim=token, status=Levering.Status.BEZIG)
        .order_by("pk")
        .values_list(
            "pk",
            "pogingen",
            "abonnee__email",
            "abonnee__token",
            "abonnee__status",
            f"abonnee__{Editie.objects.values_list('soort', flat=True).get(pk=editie_id)}",
        )
    )
    return token, rijen


# --- one message over an open smtplib connection ----------------------------------------


def verstuur_in_twee_fasen(smtp: smtplib.SMTP, van, naar, raw: bytes, voor_punt):
    """MAIL, RCPT, DATA and the message; then, in one database transaction, `voor_punt()`
    (the UPDATE to "verzonden"), the '.', and the COMMIT. Raises the smtplib exceptions for
    refusals before the '.', PuntNietVerstuurd when the '.' could not be written (rolled back),
    NaPuntOnzeker / NaPuntGeweigerd after it (committed)."""
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
    try:
        code, antwoord = smtp.getreply()
    except (smtplib.SMTPServerDisconnected, OSError) as exc:
        raise NaPuntOnzeker(str(exc)) from exc
    if code != 250:
        raise NaPuntGeweigerd(code, antwoord)


def _rset(smtp):
    with contextlib.suppress(smtplib.SMTPException, OSError):
        smtp.rset()


# --- state changes -------------------------------------------------------------------


def _markeer_verzonden(pk, token):
    # The hot path (once per message): plain SQL, since compiling the ORM's UPDATE costs about
    # a millisecond, a fifth of the whole SMTP exchange.
    tabel = Levering._meta.db_table
    nu = db_connection.ops.adapt_datetimefield_value(timezone.now())
    with db_connection.cursor() as cursor:
        cursor.execute(
            f"UPDATE {tabel} SET status = %s, verzonden_op = %s, pogingen = pogingen + 1 "
            "WHERE id = %s AND claim = %s AND status = %s",
            [Levering.Status.VERZONDEN, nu, pk, token, Levering.Status.BEZIG],
        )
        if cursor.rowcount != 1:
            raise ClaimVerloren(pk)


def _herplan(pk, pogingen, fout, status_nu=Levering.Status.BEZIG, telt=True):
    """Back to the queue with back-off, or 'mislukt' after the last attempt."""
    pogingen = pogingen + (1 if telt else 0)
    velden = {
        "laatste_fout": str(fout)[:1000],
        "claim": "",
        "pogingen": pogingen,
        "verzonden_op": None,
    }
    if telt and pogingen >= int(instelling("MAX_POGINGEN", 4)):
        velden["status"] = Levering.Status.MISLUKT
    else:
        velden["status"] = Levering.Status.WACHTRIJ
        velden["volgende_poging"] = timezone.now() + backoff(max(pogingen, 1))
    Levering.objects.filter(pk=pk, status=status_nu).update(**velden)


def _onbestelbaar(pk, fout, status_nu=Levering.Status.BEZIG):
    Levering.objects.filter(pk=pk, status=status_nu).update(
        status=Levering.Status.ONBESTELBAAR,
        laatste_fout=str(fout)[:1000],
        claim="",
        pogingen=F("pogingen") + 1,
    )
    Abonnee.objects.filter(leveringen__pk=pk).markeer_onbestelbaar(
        f"hard bounce: {str(fout)[:150]}"
    )


def _geef_vrij(token, fout):
    """Rows of a batch that were not tried: back to the queue, no attempt counted."""
    Levering.objects.filter(claim=token, status=Levering.Status.BEZIG).update(
        status=Levering.Status.WACHTRIJ,
        claim="",
        laatste_fout=str(fout)[:1000],
        volgende_poging=timezone.now() + backoff(1),
    )


def _vernieuw_claim(token):
    Levering.objects.filter(claim=token, status=Levering.Status.BEZIG).update(
        geclaimd_op=timezone.now()
    )


# --- the batch loop -------------------------------------------------------------------


class Tempo:
    """At most NIEUWSBRIEF_RATE messages per second (0: as fast as the server takes them)."""

    def __init__(self, per_seconde=None):
        self.per_seconde = float(instelling("RATE", 0) if per_seconde is None else per_seconde)
        self.begin = time.monotonic()
        self.aantal = 0

    def wacht(self):
        if self.per_seconde > 0:
            te_wachten = self.begin + self.aantal / self.per_seconde - time.monotonic()
            if te_wachten > 0:
                time.sleep(te_wachten)
        self.aantal += 1


def _open(backend):
    backend.open()
    sock = getattr(getattr(backend, "connection", None), "sock", None)
    if sock is not None:
        # The message and its final '.' go out in two send() calls; without TCP_NODELAY,
        # Nagle's algorithm holds the '.' until the server's delayed ACK (~40 ms a message).
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    return backend


def verstuur_bericht(backend, van, naar, raw: bytes, voor_punt=lambda: None):
    """One finished message through the open backend, its bytes exactly as `Sjabloon` made
    them: over SMTP in two phases (see `verstuur_in_twee_fasen`), for any other backend
    (console, locmem) as a `RuwBericht`. Re-serialising through Django's EmailMessage would
    fold and RFC 2047-encode headers such as List-Unsubscribe."""
    if isinstance(backend, SMTPBackend):
        if backend.connection is None:
            _open(backend)
        verstuur_in_twee_fasen(backend.connection, van, naar, raw, voor_punt)
    else:
        backend.send_messages([RuwBericht(raw, van, naar)])
        voor_punt()


def verstuur_proef(editie, email_adres):
    """The admin's test send: the message a subscriber gets (token PROEF_TOKEN), built and
    sent by the same code as a real send, with "[Proef]" before the subject."""
    sjabloon = Sjabloon(editie, onderwerp_voorvoegsel="[Proef] ")
    raw = sjabloon.bericht(email_adres, PROEF_TOKEN, "proef")
    backend = mailers.default
    _open(backend)
    try:
        verstuur_bericht(backend, sjabloon.van, email_adres, raw)
    except BaseException:
        _hard_sluiten(backend)
        raise
    with contextlib.suppress(smtplib.SMTPException, OSError):
        backend.close()


def verwerk_batch(sjabloon: Sjabloon, token, rijen, tempo: Tempo, resultaat: dict):
    """Send one claimed batch over one connection. Returns False when the server is unreachable."""
    backend = mailers.default
    try:
        _open(backend)
    except OSError as exc:
        _geef_vrij(token, f"SMTP-server onbereikbaar: {exc}")
        resultaat["uitgesteld"] += len(rijen)
        return False
    laatste_vernieuwing = time.monotonic()
    try:
        for pk, pogingen, email, abonnee_token, abonnee_status, op_lijst in rijen:
            if email is None or abonnee_status != Abonnee.Status.INGESCHREVEN or not op_lijst:
                Levering.objects.filter(pk=pk, claim=token).update(
                    status=Levering.Status.GEANNULEERD, claim=""
                )
                resultaat["geannuleerd"] += 1
                continue
            if time.monotonic() - laatste_vernieuwing > lease() / 4:
                _vernieuw_claim(token)
                laatste_vernieuwing = time.monotonic()
            tempo.wacht()
            try:
                raw = sjabloon.bericht(email, abonnee_token, pk)
            except (UnicodeError, ValueError) as exc:
                _herplan(pk, instelling("MAX_POGINGEN", 4), f"ongeldig adres: {exc}")
                resultaat["mislukt"] += 1
                continue
            try:
                verstuur_bericht(
                    backend, sjabloon.van, email, raw, lambda pk=pk: _markeer_verzonden(pk, token)
                )
                resultaat["verzonden"] += 1
            except ClaimVerloren:
                # DATA is open without its '.': drop the connection so the server discards it.
                _hard_sluiten(backend)
                resultaat["overgenomen"] += 1
            except PuntNietVerstuurd as exc:
                # rolled back: the row is still "bezig"
                _herplan(pk, pogingen, f"verbinding verbroken: {exc}")
                resultaat["uitgesteld"] += 1
                _hard_sluiten(backend)
            except NaPuntOnzeker as exc:
                Levering.objects.filter(pk=pk).update(
                    laatste_fout=f"geen antwoord van de server na verzending: {exc}"
                )
                resultaat["verzonden"] += 1
                _hard_sluiten(backend)
            except smtplib.SMTPRecipientsRefused as exc:
                code, antwoord = next(iter(exc.recipients.values()))
                if 500 <= code < 600:
                    _onbestelbaar(pk, f"{code} {antwoord!r}")
                    resultaat["onbestelbaar"] += 1
                else:
                    _herplan(pk, pogingen, f"{code} {antwoord!r}")
                    resultaat["uitgesteld"] += 1
            except smtplib.SMTPResponseException as exc:
                # Refused (MAIL FROM, DATA, or after the '.'): 5xx is final, 4xx is retried.
                status_nu = (
                    Levering.Status.VERZONDEN
                    if isinstance(exc, NaPuntGeweigerd)
                    else Levering.Status.BEZIG
                )
                fout = f"{exc.smtp_code} {exc.smtp_error!r}"
                if 500 <= exc.smtp_code < 600:
                    Levering.objects.filter(pk=pk, status=status_nu).update(
                        status=Levering.Status.MISLUKT,
                        laatste_fout=fout,
                        claim="",
                        verzonden_op=None,
                    )
                    resultaat["mislukt"] += 1
                else:
                    _herplan(pk, pogingen, fout, status_nu=status_nu)
                    resultaat["uitgesteld"] += 1
            except (smtplib.SMTPException, OSError) as exc:
                # Connection lost before the '.': not delivered; try again later.
                _herplan(pk, pogingen, f"verbinding verbroken: {exc}")
                resultaat["uitgesteld"] += 1
                _hard_sluiten(backend)
                try:
                    _open(backend)
                except OSError as exc2:
                    _geef_vrij(token, f"SMTP-server onbereikbaar: {exc2}")
                    return False
    except BaseException:
        # A kill (SIGTERM, Ctrl-C) or a bug: never end an open DATA with QUIT.
        _hard_sluiten(backend)
        raise
    with contextlib.suppress(smtplib.SMTPException, OSError):
        backend.close()
    return True


def _hard_sluiten(backend):
    verbinding = getattr(backend, "connection", None)
    if verbinding is not None:
        with contextlib.suppress(OSError):
            verbinding.close()
        backend.connection = None


def verzend_klaarstaande(editie_id, max_batches=None, per_seconde=None) -> dict:
    """Send every row that can be claimed now. Used by the task and by `--nu`."""
    resultaat = dict.fromkeys(
        ["verzonden", "mislukt", "onbestelbaar", "uitgesteld", "geannuleerd", "overgenomen"], 0
    )
    editie = Editie.objects.get(pk=editie_id)
    sjabloon = None
    tempo = Tempo(per_seconde)
    batches = 0
    while max_batches is None or batches < max_batches:
        token, rijen = claim_batch(editie_id)
        if not rijen:
            break
        if sjabloon is None:
            sjabloon = Sjabloon(editie)
        batches += 1
        if not verwerk_batch(sjabloon, token, rijen, tempo, resultaat):
            break
    rond_af_als_klaar(editie_id)
    return resultaat


def rond_af_als_klaar(editie_id):
    if open_werk(editie_id):
        return False
    gewijzigd = Editie.objects.filter(pk=editie_id, status=Editie.Status.IN_VERZENDING).update(
        status=Editie.Status.VERZONDEN, verzonden_op=timezone.now()
    )
    if gewijzigd:
        mislukt = Levering.objects.filter(
            editie_id=editie_id, status=Levering.Status.MISLUKT
        ).count()
        if mislukt:
            logger.warning(
                "Editie %s verzonden; %s leveringen mislukt (zie nieuwsbrief_status %s)",
                editie_id,
                mislukt,
                editie_id,
            )
    return True


def verzend_tot_klaar(editie_id, per_seconde=None, max_wacht=None) -> dict:
    """Foreground sending (`--nu`): loop until nothing is open, waiting out back-offs."""
    totaal = None
    while True:
        r = verzend_klaarstaande(editie_id, per_seconde=per_seconde)
        totaal = r if totaal is None else {k: totaal[k] + r[k] for k in totaal}
        moment = volgende_moment(editie_id)
        if moment is None:
            return totaal
        wacht = (moment - timezone.now()).total_seconds()
        if max_wacht is not None and wacht > max_wacht:
            return totaal
        time.sleep(max(0.05, min(wacht, 60)))


# --- counts --------------------------------------------------------------------------


def tellingen(editie) -> dict:
    """The counts of `Editie.tellingen()`, read afresh from the database."""
    return Editie.objects.met_tellingen().get(pk=editie.pk).tellingen()
