"""Sending an edition: the batch loop that joins the delivery state (leveringen.py: queue,
claims, marks, retries) and the SMTP transport (transport.py: connection, one message, what
an error means). One SMTP connection per batch.

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

import time

from django.core.mail import mailers
from django.utils import timezone

from . import ondertekening, transport
from .leveringen import (
    ClaimVerloren,
    annuleer,
    claim_batch,
    geef_vrij,
    herplan,
    instelling,
    lease,
    open_werk,
    rond_af_als_klaar,
    tellingen,
    vernieuw_claim,
    verwerk_fout,
    volgende_moment,
    zet_in_wachtrij,
)
from .leveringen import markeer_verzonden as _markeer_verzonden
from .mail import PROEF_TOKEN, Sjabloon, sjabloon_klasse
from .models import Abonnee, Editie

# The queue's entry points, used by the admin, the task, the commands and the benchmarks.
__all__ = [
    "open_werk",
    "rond_af_als_klaar",
    "tellingen",
    "verstuur_proef",
    "verzend_klaarstaande",
    "verzend_tot_klaar",
    "zet_in_wachtrij",
]


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


def verstuur_proef(editie, email_adres):
    """The admin's test send: the message a subscriber gets (token PROEF_TOKEN), built and
    sent by the same code as a real send, with "[Proef]" before the subject."""
    sjabloon = sjabloon_klasse(editie)(editie, onderwerp_voorvoegsel="[Proef] ")
    raw = sjabloon.bericht(email_adres, PROEF_TOKEN, "proef")
    backend = mailers.default
    transport.open_verbinding(backend)
    try:
        transport.verstuur_bericht(backend, sjabloon.van, email_adres, raw)
    except BaseException:
        transport.sluit_hard(backend)
        raise
    transport.sluit(backend)


def _berichten(sjabloon: Sjabloon, token, rijen, resultaat: dict, ondertekenaar):
    """The rows of a batch to send, each with its finished message (signed where DKIM is
    configured); the rows not to send are settled here: cancelled, or rescheduled for a bad
    address."""
    for pk, pogingen, email, abonnee_token, abonnee_status, op_lijst in rijen:
        if email is None or abonnee_status != Abonnee.Status.INGESCHREVEN or not op_lijst:
            annuleer(pk, token)
            resultaat["geannuleerd"] += 1
            continue
        try:
            raw = sjabloon.bericht(email, abonnee_token, pk)
        except (UnicodeError, ValueError) as exc:
            herplan(pk, instelling("MAX_POGINGEN", 4), f"ongeldig adres: {exc}")
            resultaat["mislukt"] += 1
            continue
        yield pk, pogingen, email, ondertekenaar.onderteken(raw) if ondertekenaar else raw


class _Vooruit:
    """The messages of a batch, the next one made (built and signed) while the server still
    answers the current one: `maak_volgende` is what `verstuur_bericht` calls once the '.' is
    out and the delivery committed, before it reads the server's answer. The server's work on
    message n (reading and accepting it) and ours on message n+1 then overlap, in this one
    thread: the CPU of rendering and signing is off the SMTP exchange's critical path, and the
    delivery's writes and their order around the '.' are those of any send."""

    def __init__(self, reeks):
        self.reeks = iter(reeks)
        self.volgend = []

    def maak_volgende(self):
        if not self.volgend:
            self.volgend.append(next(self.reeks, None))

    def __iter__(self):
        while True:
            self.maak_volgende()
            bericht = self.volgend.pop()
            if bericht is None:
                return
            yield bericht


def verwerk_batch(sjabloon: Sjabloon, token, rijen, tempo: Tempo, resultaat: dict):
    """Send one claimed batch over one connection. Returns False when the server is unreachable."""
    backend = mailers.default
    try:
        transport.open_verbinding(backend)
    except OSError as exc:
        geef_vrij(token, f"SMTP-server onbereikbaar: {exc}")
        resultaat["uitgesteld"] += len(rijen)
        return False
    berichten = _Vooruit(
        _berichten(sjabloon, token, rijen, resultaat, ondertekening.ondertekenaar())
    )
    laatste_vernieuwing = time.monotonic()
    try:
        for pk, pogingen, email, raw in berichten:
            if time.monotonic() - laatste_vernieuwing > lease() / 4:
                vernieuw_claim(token)
                laatste_vernieuwing = time.monotonic()
            tempo.wacht()
            try:
                transport.verstuur_bericht(
                    backend,
                    sjabloon.van,
                    email,
                    raw,
                    lambda pk=pk: _markeer_verzonden(pk, token),
                    ondertekend=True,
                    terwijl_de_server_antwoordt=berichten.maak_volgende,
                )
                resultaat["verzonden"] += 1
            except ClaimVerloren:
                # DATA is open without its '.': drop the connection so the server discards it.
                transport.sluit_hard(backend)
                resultaat["overgenomen"] += 1
            except transport.SMTP_FOUTEN as exc:
                fout = transport.beoordeel(exc)
                resultaat[verwerk_fout(pk, pogingen, fout)] += 1
                if fout.verbinding_weg:
                    transport.sluit_hard(backend)
                if fout.opnieuw_openen:
                    try:
                        transport.open_verbinding(backend)
                    except OSError as exc2:
                        geef_vrij(token, f"SMTP-server onbereikbaar: {exc2}")
                        return False
    except BaseException:
        # A kill (SIGTERM, Ctrl-C) or a bug: never end an open DATA with QUIT.
        transport.sluit_hard(backend)
        raise
    transport.sluit(backend)
    return True


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
            sjabloon = sjabloon_klasse(editie)(editie)
        batches += 1
        if not verwerk_batch(sjabloon, token, rijen, tempo, resultaat):
            break
    rond_af_als_klaar(editie_id)
    return resultaat


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
