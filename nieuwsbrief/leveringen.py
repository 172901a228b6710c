"""Delivery state: the queue of `Levering` rows of an edition and every change to them, and
the counts. Claims, leases, back-off and the marks "verzonden", "mislukt", "onbestelbaar"
live here; the SMTP work lives in transport.py, the loop that joins the two in verzending.py
(whose docstring tells how the two together send never twice and never skip).
"""

import logging
import uuid
from datetime import timedelta

from django.conf import settings
from django.db import connection as db_connection
from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone

from .models import Abonnee, Editie, Levering
from .transport import ONZEKER, PERMANENT, SmtpFout

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


# --- queueing --------------------------------------------------------------------------


def ontvangers(editie):
    return Abonnee.objects.filter(status=Abonnee.Status.INGESCHREVEN, **{editie.soort: True})


@transaction.atomic
def zet_in_wachtrij(editie: Editie) -> int:
    """One delivery per current subscriber of the edition's list. Only for a draft: for an
    edition already being sent, this changes nothing (so running the command again resumes)."""
    editie = Editie.objects.select_for_update().get(pk=editie.pk)
    if editie.status in (Editie.Status.CONCEPT, Editie.Status.GEPLAND):
        ids = list(ontvangers(editie).values_list("pk", flat=True))
        Levering.objects.bulk_create(
            [Levering(editie=editie, abonnee_id=pk) for pk in ids],
            batch_size=2000,
            ignore_conflicts=True,
        )
        editie.start_verzending()
    return Levering.objects.filter(editie=editie).count()


@transaction.atomic
def start_gepland(editie_id) -> bool:
    """The scheduled sending, when its time has come: queue it (as `zet_in_wachtrij`) under
    the edition's row lock, so a cancel (`Editie.annuleer_planning`) comes either before
    (nothing is sent) or after (too late: it says so). False when there is nothing to start:
    cancelled, moved to a later time, already started by an earlier task, or deleted."""
    editie = Editie.objects.select_for_update().filter(pk=editie_id).first()
    if (
        editie is None
        or editie.status != Editie.Status.GEPLAND
        or editie.gepland_op is None
        or editie.gepland_op > timezone.now()
    ):
        return False
    zet_in_wachtrij(editie)
    return True


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


# --- state changes -------------------------------------------------------------------


def markeer_verzonden(pk, token):
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


def herplan(pk, pogingen, fout, status_nu=Levering.Status.BEZIG, telt=True):
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


def onbestelbaar(pk, fout, status_nu=Levering.Status.BEZIG):
    Levering.objects.filter(pk=pk, status=status_nu).update(
        status=Levering.Status.ONBESTELBAAR,
        laatste_fout=str(fout)[:1000],
        claim="",
        pogingen=F("pogingen") + 1,
    )
    Abonnee.objects.filter(leveringen__pk=pk).markeer_onbestelbaar(
        f"hard bounce: {str(fout)[:150]}"
    )


def geef_vrij(token, fout):
    """Rows of a batch that were not tried: back to the queue, no attempt counted."""
    Levering.objects.filter(claim=token, status=Levering.Status.BEZIG).update(
        status=Levering.Status.WACHTRIJ,
        claim="",
        laatste_fout=str(fout)[:1000],
        volgende_poging=timezone.now() + backoff(1),
    )


def vernieuw_claim(token):
    Levering.objects.filter(claim=token, status=Levering.Status.BEZIG).update(
        geclaimd_op=timezone.now()
    )


def annuleer(pk, token):
    """The reader left (or lost the list) between queueing and sending: not sent."""
    Levering.objects.filter(pk=pk, claim=token).update(status=Levering.Status.GEANNULEERD, claim="")


def verwerk_fout(pk, pogingen, fout: SmtpFout) -> str:
    """The delivery's state after an SMTP error; returns what happened ("verzonden",
    "onbestelbaar", "mislukt" or "uitgesteld")."""
    status_nu = Levering.Status.VERZONDEN if fout.na_punt else Levering.Status.BEZIG
    if fout.soort == ONZEKER:
        Levering.objects.filter(pk=pk).update(laatste_fout=fout.tekst)
        return "verzonden"
    if fout.soort == PERMANENT and fout.ontvanger:
        onbestelbaar(pk, fout.tekst)
        return "onbestelbaar"
    if fout.soort == PERMANENT:
        Levering.objects.filter(pk=pk, status=status_nu).update(
            status=Levering.Status.MISLUKT,
            laatste_fout=fout.tekst,
            claim="",
            verzonden_op=None,
        )
        return "mislukt"
    herplan(pk, pogingen, fout.tekst, status_nu=status_nu)
    return "uitgesteld"


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


# --- counts --------------------------------------------------------------------------


def tellingen(editie) -> dict:
    """The counts of `Editie.tellingen()`, read afresh from the database."""
    return Editie.objects.met_tellingen().get(pk=editie.pk).tellingen()
