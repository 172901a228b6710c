"""The bounce mailbox: hard bounces (RFC 3464 delivery reports), complaints (RFC 5965 feedback
reports) and the mailto unsubscribes of List-Unsubscribe, read from an mbox file or a Maildir
that the mail server (or fetchmail/getmail for an IMAP box) fills. Chosen over a webhook:
it works with any SMTP relay and needs no public endpoint with a shared secret."""

import mailbox
import re
from email import policy
from email.parser import BytesParser
from pathlib import Path

from django.db.models import Q

from .models import Abonnee, Levering

# "afmelden", then spaces (or "%20" from a mailto: link), then the whole token. A character
# class such as [\s%20] would also eat a token's leading "2" or "0".
_TOKEN = re.compile(
    r"afmelden(?:\s|%20)+([A-Za-z0-9_-]{16,32})(?![A-Za-z0-9_-])(?:(?:\s|%20)+(meldingen)\b)?",
    re.IGNORECASE,
)
_PARSER = BytesParser(policy=policy.default)


def _adres(waarde):
    waarde = str(waarde or "")
    if ";" in waarde:
        waarde = waarde.split(";", 1)[1]
    return waarde.strip().strip("<>").lower()


def _levering_id(bericht):
    for deel in bericht.walk():
        if deel.get_content_type() in ("message/rfc822", "text/rfc822-headers"):
            payload = deel.get_payload()
            tekst = payload[0].as_string() if isinstance(payload, list) else str(payload)
            gevonden = re.search(r"^X-Nieuwsbrief-Levering:\s*(\d+)", tekst, re.M | re.I)
            if gevonden:
                return int(gevonden.group(1))
    return None


def verwerk_bericht(bericht) -> tuple[str, str] | None:
    """(soort, adres) of what was done, None when the message is not for us."""
    soort = bericht.get_content_type()
    report = (bericht.get_param("report-type") or "").lower()
    if soort == "multipart/report" and report == "delivery-status":
        for deel in bericht.walk():
            if deel.get_content_type() != "message/delivery-status":
                continue
            for blok in deel.get_payload()[1:]:  # the first block is about the message
                actie = str(blok.get("Action", "")).lower()
                status = str(blok.get("Status", ""))
                if actie == "failed" and status.startswith("5"):
                    adres = _adres(blok.get("Final-Recipient") or blok.get("Original-Recipient"))
                    _deactiveer(adres, Abonnee.Status.ONBESTELBAAR, f"hard bounce {status}")
                    _markeer_levering(_levering_id(bericht), adres, f"bounce {status}")
                    return ("bounce", adres)
        return None
    if soort == "multipart/report" and report == "feedback-report":
        levering = _levering_id(bericht)
        adres = ""
        if levering:
            adres = (
                Levering.objects.filter(pk=levering)
                .values_list("abonnee__email", flat=True)
                .first()
                or ""
            )
        if not adres:
            for deel in bericht.walk():
                if deel.get_content_type() == "message/feedback-report":
                    payload = deel.get_payload()
                    blok = payload[0] if isinstance(payload, list) else deel
                    adres = _adres(blok.get("Original-Rcpt-To"))
        if adres:
            _deactiveer(adres, Abonnee.Status.UITGESCHREVEN, "klacht (als spam gemeld)")
            return ("klacht", adres)
        return None
    gevonden = _TOKEN.search(str(bericht.get("Subject", "")))
    if gevonden:
        abonnee = Abonnee.objects.filter(token=gevonden.group(1)).first()
        if abonnee:
            # "afmelden <token> meldingen" (a digest's mailto) stops the alerts only
            lijst = gevonden.group(2) and gevonden.group(2).lower()
            abonnee.schrijf_uit(lijst, reden="afgemeld per e-mail (List-Unsubscribe mailto)")
            return ("afmelding", abonnee.email)
    return None


def _deactiveer(adres, status, reden):
    Abonnee.objects.filter(email=adres).deactiveer(status, reden)


def _markeer_levering(levering_id, adres, fout):
    qs = Levering.objects.filter(status=Levering.Status.VERZONDEN)
    qs = qs.filter(Q(pk=levering_id) if levering_id else Q(abonnee__email=adres))
    if not levering_id:
        laatste = qs.order_by("-verzonden_op").values_list("pk", flat=True).first()
        qs = Levering.objects.filter(pk=laatste)
    qs.update(status=Levering.Status.ONBESTELBAAR, laatste_fout=fout)


def open_postvak(pad):
    pad = Path(pad)
    if pad.is_dir():
        return mailbox.Maildir(pad, factory=None, create=False)
    return mailbox.mbox(pad, create=False)


def verwerk_postvak(pad, verwijder=False) -> list[tuple[str, str]]:
    vak = open_postvak(pad)
    resultaat = []
    vak.lock()
    try:
        for sleutel in list(vak.keys()):
            bericht = _PARSER.parsebytes(vak.get_bytes(sleutel))
            gedaan = verwerk_bericht(bericht)
            if gedaan:
                resultaat.append(gedaan)
            if verwijder:
                vak.remove(sleutel)
        vak.flush()
    finally:
        vak.unlock()
        vak.close()
    return resultaat
