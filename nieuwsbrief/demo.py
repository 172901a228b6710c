"""Demo content for `make run`: a few subscribers, one draft edition and one sent edition for
the public archive (idempotent)."""

import datetime

from django.utils import timezone

from .leveringen import rond_af_als_klaar
from .models import Abonnee, Editie, WetgevingItem
from .opstellen import stel_nieuwsbrief_op

ABONNEES = [
    ("jurist@ocmw-voorbeeld.be", True, True),
    ("maatschappelijk.werker@voorbeeld.be", True, False),
    ("advocaat@voorbeeld.be", False, True),
]

WETGEVING = [
    (
        "Wet van 12 mei 2024 tot wijziging van de wet van 15 december 1980 betreffende de "
        "toegang tot het grondgebied, het verblijf, de vestiging en de verwijdering van "
        "vreemdelingen",
        datetime.date(2024, 5, 28),
        "https://www.ejustice.just.fgov.be/cgi/summary.pl",
    ),
    (
        "Koninklijk besluit van 3 juni 2024 tot wijziging van het koninklijk besluit van "
        "8 oktober 1981",
        datetime.date(2024, 6, 14),
        "https://www.ejustice.just.fgov.be/cgi/summary.pl",
    ),
]


# Rich text, as the editor's Draftail stores it.
INLEIDING = (
    "<p>Beste lezer,</p>"
    "<p>In deze nieuwsbrief: het nieuws van de voorbije maand en <b>alle nieuwe wetgeving</b> "
    "over vreemdelingenrecht en internationaal familierecht.</p>"
    "<ul><li>Nieuws over verblijf, bescherming en gezinshereniging</li>"
    "<li>Wetten en besluiten uit het Belgisch Staatsblad</li></ul>"
)


def laad():
    nieuw = 0
    for email, nieuwsbrief, rechtspraak in ABONNEES:
        _, gemaakt = Abonnee.objects.get_or_create(
            email=email,
            defaults={
                "nieuwsbrief": nieuwsbrief,
                "rechtspraak": rechtspraak,
                "status": Abonnee.Status.INGESCHREVEN,
                "bron": Abonnee.Bron.BEHEER,
                "toestemming_op": timezone.now(),
                "toestemming": "Demo-abonnee (alleen voor ontwikkeling).",
            },
        )
        nieuw += gemaakt
    editie = Editie.objects.filter(
        soort=Editie.Soort.NIEUWSBRIEF, status=Editie.Status.CONCEPT
    ).first()
    if editie is None:
        editie = stel_nieuwsbrief_op(sinds=datetime.date(2000, 1, 1))
        editie.inleiding = INLEIDING
        editie.save()
        for i, (titel, datum, link) in enumerate(WETGEVING):
            WetgevingItem.objects.create(
                editie=editie, titel=titel, datum_bs=datum, link=link, sort_order=i
            )
    archief = _verzonden_editie()
    return (
        f"archief: '{archief.titel}'; "
        f"{Abonnee.objects.count()} abonnees ({nieuw} nieuw), conceptuitgave "
        f"'{editie.titel}' met {editie.nieuws_items.count()} nieuwsberichten "
        f"(id {editie.pk})"
    )


ARCHIEF_TITEL = "Nieuwsbrief mei 2024: nieuwe wetgeving over verblijf"


def _verzonden_editie():
    """A sent edition (to nobody: no deliveries), so /nieuwsbrief/archief/ shows one."""
    editie = Editie.objects.filter(titel=ARCHIEF_TITEL).first()
    if editie is None:
        editie = Editie.objects.create(titel=ARCHIEF_TITEL, inleiding=INLEIDING)
        for i, (titel, datum, link) in enumerate(WETGEVING):
            WetgevingItem.objects.create(
                editie=editie, titel=titel, datum_bs=datum, link=link, sort_order=i
            )
        editie.start_verzending()
        rond_af_als_klaar(editie.pk)
    return editie
