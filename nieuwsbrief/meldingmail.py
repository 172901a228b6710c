"""The digest mail: one message per subscriber listing, per followed thing, what changed.

It is a `Sjabloon` (mail.py) like an edition, so headers, the RFC 8058 one-click link (of the
list "meldingen": it stops the alerts only), the Message-ID and the splicing of personal links
are the newsletter's own. What differs per recipient is the body: the frame is rendered once,
each followed thing's section once per round, and a message is those sections joined, then
encoded (quoted-printable in C: microseconds)."""

from django.conf import settings
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.formats import date_format

from .lijsten import LIJSTEN
from .mail import (
    _INLINER,
    _TOKEN_PLEK,
    AFMELD_MARKER,
    BEHEER_MARKER,
    SJABLONEN,
    Sjabloon,
    _splits,
)
from .models import Editie, Melding

INHOUD_MARKER = "NBINHOUD0"


def periode_tekst(ronde):
    if ronde.van == ronde.tot:
        return f"op {date_format(ronde.tot, 'j F Y')}"
    return f"van {date_format(ronde.van, 'j F')} tot en met {date_format(ronde.tot, 'j F Y')}"


class MeldingSjabloon(Sjabloon):
    mailto_lijst = "%20meldingen"

    def __init__(self, editie, onderwerp_voorvoegsel=""):
        super().__init__(editie, onderwerp_voorvoegsel)
        self.ronde = editie.meldingronde
        context = {
            "editie": editie,
            "lijst_naam": LIJSTEN["meldingen"],
            "periode_tekst": periode_tekst(self.ronde),
            "inhoud": INHOUD_MARKER,
            "afmeld_url": AFMELD_MARKER,
            "beheer_url": BEHEER_MARKER,
            "site_url": settings.SITE_URL,
        }
        html = _INLINER.inline(render_to_string("nieuwsbrief/mail/melding.html", context))
        tekst = render_to_string("nieuwsbrief/mail/melding.txt", context)
        # The marker stands on a line of its own: each section starts and ends a line.
        self.html_kader = html.split(INHOUD_MARKER, 1)
        self.tekst_kader = tekst.split(INHOUD_MARKER, 1)
        self.html_onderwerpen, self.tekst_onderwerpen = {}, {}
        for sleutel, onderwerp in self.ronde.wijzigingen.items():
            self.html_onderwerpen[sleutel] = render_to_string(
                "nieuwsbrief/mail/melding_onderwerp.html", {"onderwerp": onderwerp}
            )
            self.tekst_onderwerpen[sleutel] = render_to_string(
                "nieuwsbrief/mail/melding_onderwerp.txt", {"onderwerp": onderwerp}
            )
        # "Wijzig wat je volgt" opens her follow page, not the lists.
        self.beheer_link = settings.SITE_URL + reverse(
            "nieuwsbrief:volgen_beheren", args=[_TOKEN_PLEK]
        )

    def sleutels(self, levering_id):
        if levering_id in ("proef", "voorbeeld"):
            return list(self.ronde.wijzigingen)
        rij = Melding.objects.filter(levering_id=levering_id).values_list("sleutels").first()
        return [s for s in (rij[0] if rij else []) if s in self.html_onderwerpen]

    def bericht(self, email_adres: str, token: str, levering_id) -> bytes:
        sleutels = self.sleutels(levering_id)
        voor, na = self.html_kader
        self.html_delen = _splits(voor + "\n".join(self.html_onderwerpen[s] for s in sleutels) + na)
        voor, na = self.tekst_kader
        self.tekst_delen = _splits(
            voor + "\n".join(self.tekst_onderwerpen[s] for s in sleutels) + na
        )
        return super().bericht(email_adres, token, levering_id)


SJABLONEN[Editie.Soort.MELDINGEN] = MeldingSjabloon
