"""Composing and queueing the digests of one period: one `Levering` per subscriber who has
something new in what she follows, with a `Melding` naming which followed things it lists,
in one round (`Meldingronde`, an edition of soort "meldingen"). The sending is the
newsletter's (verzending.py, tasks.verzend_editie): resumable, exactly once.

Running it again for the same period composes nothing new (one round per frequency and last
day, a unique constraint) and only resumes the sending."""

import datetime

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.formats import date_format

from .models import Abonnee, Editie, Levering, Melding, Meldingronde, Volg
from .wijzigingen import Wijzigingen, periode


def titel(frequentie, van, tot):
    if frequentie == "dag":
        return f"Wat er veranderde in wat je volgt – {date_format(tot, 'j F Y')}"
    return (
        f"Wat er veranderde in wat je volgt – week van {date_format(van, 'j F')} "
        f"tot {date_format(tot, 'j F Y')}"
    )


def _moment(datum):
    return timezone.make_aware(datetime.datetime.combine(datum, datetime.time.min))


def digests(wijzigingen: Wijzigingen, frequentie) -> dict:
    """{subscriber id: [keys of her followed things that changed]}, her follows in a fixed
    order (kind, then when she started following)."""
    rijen = (
        Volg.objects.filter(
            abonnee__status=Abonnee.Status.INGESCHREVEN,
            abonnee__meldingen=True,
            abonnee__frequentie=frequentie,
        )
        .order_by("abonnee_id", "soort", "pk")
        .values_list("abonnee_id", "sleutel")
    )
    per_abonnee = {}
    for abonnee_id, sleutel in rijen.iterator(chunk_size=5000):
        if wijzigingen.voor(sleutel) is not None:
            per_abonnee.setdefault(abonnee_id, []).append(sleutel)
    return per_abonnee


def stel_op(frequentie, tot: datetime.date):
    """(round, newly composed?) for the period of `frequentie` ending on `tot`. No round when
    nobody has anything new (and none was composed before): (None, False)."""
    bestaand = Meldingronde.objects.filter(frequentie=frequentie, tot=tot).first()
    if bestaand:
        return bestaand, False
    van, tot = periode(frequentie, tot)
    wijzigingen = Wijzigingen(van, tot)
    per_abonnee = digests(wijzigingen, frequentie)
    if not per_abonnee:
        return None, False
    gebruikt = {sleutel for sleutels in per_abonnee.values() for sleutel in sleutels}
    try:
        with transaction.atomic():
            editie = Editie.objects.create(
                soort=Editie.Soort.MELDINGEN,
                titel=titel(frequentie, van, tot),
                periode_van=_moment(van),
                periode_tot=_moment(tot + datetime.timedelta(days=1)),
            )
            ronde = Meldingronde.objects.create(
                editie=editie,
                frequentie=frequentie,
                van=van,
                tot=tot,
                wijzigingen={s: wijzigingen.voor(s) for s in sorted(gebruikt)},
            )
            leveringen = Levering.objects.bulk_create(
                [Levering(editie=editie, abonnee_id=pk) for pk in per_abonnee], batch_size=2000
            )
            Melding.objects.bulk_create(
                [Melding(levering=lev, sleutels=per_abonnee[lev.abonnee_id]) for lev in leveringen],
                batch_size=2000,
            )
            editie.start_verzending()
    except IntegrityError:
        # Another run composed this round at the same moment: that one counts.
        return Meldingronde.objects.get(frequentie=frequentie, tot=tot), False
    return ronde, True
