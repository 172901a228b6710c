"""Demo content for `make run`: a few subscribers (some following themes, a dossier, a court
and a case-law search), one draft edition and one sent edition for the public archive
(idempotent)."""

import datetime

from django.utils import timezone

from .leveringen import rond_af_als_klaar
from .models import Abonnee, Editie, WetgevingItem
from .opstellen import stel_nieuwsbrief_op
from .volgen import volg

# (address, frequency, [(kind, theme/dossier pad, court code or search)]): what they follow
VOLGERS = [
    (
        "maatschappelijk.werker@voorbeeld.be",
        "week",
        [("thema", "verblijf/gezinshereniging"), ("dossier", "dossiers/oekraine")],
    ),
    ("advocaat@voorbeeld.be", "dag", [("instantie", "rvv"), ("rechtspraak", "")]),
    (
        "jurist@ocmw-voorbeeld.be",
        "week",
        [("thema", "sociale-rechten"), ("zoekopdracht", "q=bestaansmiddelen")],
    ),
]


def _volgers():
    """The demo followers' choices, for what the demo content holds (a missing page is
    left out); returns how many things they follow."""
    from kennisbank.models import DossierPagina, ThemaPagina
    from rechtspraak.models import Instantie, thema_pad

    paginas = {
        thema_pad(p): p.pk
        for model in (ThemaPagina, DossierPagina)
        for p in model.objects.only("pk", "url_path")
    }
    instanties = dict(Instantie.objects.values_list("code", "pk"))
    aantal = 0
    for email, frequentie, wensen in VOLGERS:
        abonnee = Abonnee.objects.filter(email=email).first()
        if abonnee is None:
            continue
        keuzes = []
        for soort, waarde in wensen:
            if soort in ("thema", "dossier") and waarde in paginas:
                keuzes.append([soort, paginas[waarde]])
            elif soort == "instantie" and waarde in instanties:
                keuzes.append([soort, instanties[waarde]])
            elif soort in ("zoekopdracht", "rechtspraak"):
                keuzes.append([soort, waarde])
        volg(abonnee, keuzes, frequentie)
        aantal += abonnee.volgt.count()
    return aantal


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
    gevolgd = _volgers()
    return (
        f"archief: '{archief.titel}'; "
        f"{Abonnee.objects.count()} abonnees ({nieuw} nieuw), {gevolgd} gevolgde onderwerpen, "
        "conceptuitgave "
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
