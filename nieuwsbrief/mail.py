"""The e-mail of an edition: one template source (also the Wagtail preview), CSS inlined by
css_inline, an HTML and a plain-text part, and the headers of RFC 2369/8058.

Speed: an edition is rendered ONCE into a `Sjabloon`; what differs per recipient (the address,
the personal links, the Message-ID) is spliced into the already encoded bytes. Building a
36 kB message with Django's EmailMessage costs ~7 ms, more than the SMTP exchange itself;
splicing costs a few microseconds. The personal links are placed between quoted-printable soft
line breaks, so they never straddle an encoded line and the decoded text is exactly the link.
"""

import binascii
import email
import email.policy
import re
from email.header import Header
from email.utils import formataddr, formatdate, parseaddr
from html.parser import HTMLParser

import css_inline
from django.conf import settings
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.safestring import mark_safe
from wagtail.rich_text import expand_db_html

from .lijsten import LIJSTEN

AFMELD_MARKER = "NBAFMELDURL0"
BEHEER_MARKER = "NBBEHEERURL0"
_MARKERS = re.compile(f"({AFMELD_MARKER}|{BEHEER_MARKER})")
# The personal links of a test send and of the preview; the public pages answer it with a
# page saying that the link works in the real mail.
PROEF_TOKEN = "proefzending"
BOUNDARY = "=_vreemdelingenrecht_nieuwsbrief_alt"
# Stands for the subscriber's token in the links reversed once per edition (see `Sjabloon`).
_TOKEN_PLEK = "NBTOKENPLEK0"
_INLINER = css_inline.CSSInliner(load_remote_stylesheets=False, keep_at_rules=True)


def afmelden_mailto():
    return getattr(settings, "NIEUWSBRIEF_AFMELDEN_MAILTO", "afmelden@vreemdelingenrecht.be")


def afzender_envelop():
    """MAIL FROM (Return-Path): where bounces go."""
    return (
        getattr(settings, "NIEUWSBRIEF_BOUNCE_ADRES", "")
        or parseaddr(settings.DEFAULT_FROM_EMAIL)[1]
    )


def _absoluut(url):
    url = url or "/"
    return url if url.startswith(("http://", "https://")) else settings.SITE_URL + url


_RELATIEVE_LINK = re.compile(r'(<a\b[^>]*?\shref=")(/[^"]*)"')


def inleiding_html(editie) -> str:
    """The rich-text introduction as mail HTML: Wagtail's page links expanded, and every link
    absolute (a mail has no site to be relative to)."""
    if not editie.inleiding:
        return ""
    html = expand_db_html(editie.inleiding)
    return mark_safe(_RELATIEVE_LINK.sub(lambda m: f'{m[1]}{_absoluut(m[2])}"', html))


class _Tekst(HTMLParser):
    """Rich text to readable plain text (see `html_naar_tekst`)."""

    BLOKKEN = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "ul", "ol"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.regels = []
        self.huidig = ""
        self.lijsten = []  # [tag, counter] per open list
        self.links = []  # (href, where the link text begins in self.huidig)

    def _breek(self):
        if self.huidig.strip():
            self.regels.append(self.huidig.rstrip())
        self.huidig = ""

    def _alinea(self):
        self._breek()
        if self.regels and self.regels[-1]:
            self.regels.append("")

    def handle_starttag(self, tag, attrs):
        if tag in self.BLOKKEN:
            if tag in ("ul", "ol") and self.lijsten:
                self._breek()  # a nested list continues its item's list
            else:
                self._alinea()
            if tag in ("ul", "ol"):
                self.lijsten.append([tag, 0])
        elif tag == "li":
            self._breek()
            if self.lijsten:
                lijst = self.lijsten[-1]
                lijst[1] += 1
                teken = f"{lijst[1]}." if lijst[0] == "ol" else "-"
                self.huidig = "  " * (len(self.lijsten) - 1) + teken + " "
        elif tag == "br":
            self._breek()
        elif tag == "a":
            self.links.append((dict(attrs).get("href") or "", len(self.huidig)))

    def handle_endtag(self, tag):
        if tag in self.BLOKKEN:
            if tag in ("ul", "ol") and self.lijsten:
                self.lijsten.pop()
                if self.lijsten:
                    self._breek()
                    return
            self._alinea()
        elif tag == "li":
            self._breek()
        elif tag == "a" and self.links:
            href, begin = self.links.pop()
            tekst = self.huidig[begin:].strip()
            if (
                href
                and not href.startswith("#")
                and tekst not in (href, href.removeprefix("mailto:"))
            ):
                self.huidig = f"{self.huidig.rstrip()} ({href})"

    def handle_data(self, data):
        tekst = re.sub(r"\s+", " ", data)
        if not self.huidig.strip():
            tekst = tekst.lstrip()
        self.huidig += tekst

    def tekst(self):
        self.close()
        self._breek()
        return "\n".join(self.regels).strip("\n")


def html_naar_tekst(html: str) -> str:
    """Readable plain text for the mail's text part: paragraphs apart by a blank line, a link
    as "tekst (url)", each list item on its own line ("- " or "1. "), emphasis as plain text."""
    parser = _Tekst()
    parser.feed(html or "")
    return parser.tekst()


def archief_url(editie):
    """The edition's public page ("Bekijk deze nieuwsbrief online"), absolute."""
    return settings.SITE_URL + reverse("nieuwsbrief:archief_editie", args=[editie.pk])


def mail_context(editie, voorbeeld=False, archief=False):
    """What the mail template needs. `archief`: the public archive page, the same mail
    without its personal links (no unsubscribe or manage link, no token)."""
    groepen = {}
    for item in editie.uitspraak_items.all():
        groepen.setdefault(item.instantie, []).append(item)
    nieuws = [
        {
            "titel": item.pagina.title,
            "samenvatting": item.pagina.samenvatting or item.pagina.search_description,
            "datum": item.pagina.datum,
            "link": _absoluut(item.pagina.url),
        }
        for item in editie.nieuws_items.select_related("pagina").all()
    ]
    inleiding = inleiding_html(editie)
    return {
        "editie": editie,
        "lijst_naam": LIJSTEN.get(editie.soort, "Nieuwsbrief"),
        "inleiding_html": inleiding,
        "inleiding_tekst": html_naar_tekst(inleiding),
        "nieuws": nieuws,
        "wetgeving": list(editie.wetgeving_items.all()),
        "rechtspraak": list(groepen.items()),
        "afmeld_url": "" if archief else "#afmelden" if voorbeeld else AFMELD_MARKER,
        "beheer_url": "" if archief else "#beheren" if voorbeeld else BEHEER_MARKER,
        "site_url": settings.SITE_URL,
        "online_url": archief_url(editie),
        "archief_lijst_url": reverse("nieuwsbrief:archief"),
        "inschrijven_url": reverse("nieuwsbrief:inschrijven"),
        "voorbeeld": voorbeeld,
        "archief": archief,
    }


def render_html(editie, voorbeeld=False, archief=False):
    html = render_to_string(
        "nieuwsbrief/mail/editie.html", mail_context(editie, voorbeeld, archief)
    )
    return _INLINER.inline(html)


def render_tekst(editie, voorbeeld=False):
    return render_to_string("nieuwsbrief/mail/editie.txt", mail_context(editie, voorbeeld))


# The message template of a kind of edition (`Editie.soort`) that has its own, registered by
# its module when the app is ready: a round of digests lists each subscriber's changes
# (meldingmail.py). Every other kind is a Sjabloon.
SJABLONEN = {}


def sjabloon_klasse(editie):
    return SJABLONEN.get(editie.soort, Sjabloon)


def voorbeeld_delen(editie) -> tuple[str, str]:
    """(HTML part, plain-text part) of the message a test send makes: the same template, the
    same bytes, decoded as a mail client decodes them. The admin's preview shows these (for
    a round of digests: every change of the round, as its test send lists them)."""
    sjabloon = sjabloon_klasse(editie)(editie)
    raw = sjabloon.bericht(f"voorbeeld@{sjabloon.domein}", PROEF_TOKEN, "voorbeeld")
    bericht = email.message_from_bytes(raw, policy=email.policy.default)
    return tuple(
        bericht.get_body(preferencelist=(soort,)).get_content() for soort in ("html", "plain")
    )


def _qp(tekst: str) -> bytes:
    """Quoted-printable with CRLF line ends (binascii is C: ~30x faster than quoprimime)."""
    tekst = tekst.replace("\r\n", "\n").replace("\r", "\n")
    return binascii.b2a_qp(tekst.encode("utf-8"), istext=True).replace(b"\n", b"\r\n")


def _splits(tekst: str):
    """Encoded pieces with the markers in between (as str keys)."""
    delen = []
    for i, deel in enumerate(_MARKERS.split(tekst)):
        delen.append(deel if i % 2 else _qp(deel))
    return delen


def _link_qp(url: str) -> bytes:
    # Soft line breaks around the link (and inside it every 70 characters) keep each encoded
    # line short; the decoded text is the bare link. Our links hold no '=' or non-ASCII.
    raw = url.encode("ascii")
    stukken = [raw[i : i + 70] for i in range(0, len(raw), 70)]
    return b"=\r\n" + b"=\r\n".join(stukken) + b"=\r\n"


def _kop(naam, waarde: str) -> str:
    if waarde.isascii():
        return f"{naam}: {waarde}\r\n"
    return (
        f"{naam}: {Header(waarde, 'utf-8', header_name=naam).encode(linesep=chr(13) + chr(10))}\r\n"
    )


class Sjabloon:
    """An edition rendered once; `bericht()` makes the bytes for one recipient."""

    # After the token in the mailto unsubscribe's subject: which list it leaves (postvak.py);
    # empty: all of them, as before. The digests set it: their mailto stops the alerts only.
    mailto_lijst = ""

    def __init__(self, editie, onderwerp_voorvoegsel=""):
        self.editie = editie
        self.lijst = editie.soort
        naam, adres = parseaddr(settings.DEFAULT_FROM_EMAIL)
        self.van = afzender_envelop()
        self.domein = adres.rsplit("@", 1)[-1] or "vreemdelingenrecht.be"
        self.html_delen = _splits(render_html(editie))
        self.tekst_delen = _splits(render_tekst(editie))
        self.kop_vast = (
            _kop("From", formataddr((naam, adres), charset="utf-8"))
            + _kop("Subject", onderwerp_voorvoegsel + editie.titel)
            + "MIME-Version: 1.0\r\n"
            + f"List-Id: {LIJSTEN.get(self.lijst, 'Nieuwsbrief')} <{self.lijst}.{self.domein}>\r\n"
            + "List-Unsubscribe-Post: List-Unsubscribe=One-Click\r\n"
        ).encode("ascii")
        self.deel_tekst = (
            f"--{BOUNDARY}\r\n"
            'Content-Type: text/plain; charset="utf-8"\r\n'
            "Content-Transfer-Encoding: quoted-printable\r\n\r\n"
        ).encode("ascii")
        self.deel_html = (
            f"\r\n--{BOUNDARY}\r\n"
            'Content-Type: text/html; charset="utf-8"\r\n'
            "Content-Transfer-Encoding: quoted-printable\r\n\r\n"
        ).encode("ascii")
        self.slot = f"\r\n--{BOUNDARY}--\r\n".encode("ascii")
        # The named routes, reversed once; per recipient only the token is put in.
        self.afmeld_link = settings.SITE_URL + reverse(
            "nieuwsbrief:afmelden_lijst", args=[_TOKEN_PLEK, self.lijst]
        )
        self.beheer_link = settings.SITE_URL + reverse("nieuwsbrief:beheren", args=[_TOKEN_PLEK])

    def bericht(self, email_adres: str, token: str, levering_id) -> bytes:
        afmelden = self.afmeld_link.replace(_TOKEN_PLEK, token)
        links = {
            AFMELD_MARKER: _link_qp(afmelden),
            BEHEER_MARKER: _link_qp(self.beheer_link.replace(_TOKEN_PLEK, token)),
        }
        kop = (
            f"To: {email_adres}\r\n"
            f"Date: {formatdate()}\r\n"
            f"Message-ID: <nieuwsbrief.{self.editie.pk}.{levering_id}@{self.domein}>\r\n"
            f"List-Unsubscribe: <{afmelden}>,\r\n"
            f" <mailto:{afmelden_mailto()}?subject=afmelden%20{token}{self.mailto_lijst}>\r\n"
            f"X-Nieuwsbrief-Levering: {levering_id}\r\n"
            f'Content-Type: multipart/alternative; boundary="{BOUNDARY}"\r\n\r\n'
        ).encode("ascii")
        return b"".join(
            [
                self.kop_vast,
                kop,
                self.deel_tekst,
                *(d if isinstance(d, bytes) else links[d] for d in self.tekst_delen),
                self.deel_html,
                *(d if isinstance(d, bytes) else links[d] for d in self.html_delen),
                self.slot,
            ]
        )
