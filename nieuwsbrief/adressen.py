"""E-mail addresses as the mailer will send them.

The newsletter writes addresses into SMTP commands and a `To:` header in ASCII (`mail.py`):
a domain must be IDNA-encodable (it is kept in its ASCII form, `xn--...`), and nothing
invisible may hide in the address (control characters, bidi overrides such as U+202E,
zero-width characters). Only public domains: no `localhost`, no bare host name without a
dot, no IP literal (`a@[127.0.0.1]`), no name reserved for local or test use."""

import ipaddress
import unicodedata

from django.core.exceptions import ValidationError
from django.core.validators import EmailValidator
from django.utils.encoding import punycode

ONGELDIG = "Dit is geen geldig e-mailadres. Controleer het, bv. naam@organisatie.be."
STUURTEKENS = (
    "Dit adres bevat onzichtbare tekens of stuurtekens. Typ het adres zelf opnieuw in "
    "(niet kopiëren en plakken)."
)
DOMEIN = "De domeinnaam na de @ is ongeldig. Controleer het adres, bv. naam@organisatie.be."
NIET_OPENBAAR = (
    "Gebruik een adres met een openbare domeinnaam, bv. naam@organisatie.be "
    "(geen localhost, IP-adres of naam zonder punt)."
)

# RFC 2606, RFC 6761, RFC 6762, RFC 7686, RFC 8375, ICANN's .internal: never public mail.
NIET_OPENBARE_TLDS = {
    "localhost",
    "local",
    "localdomain",
    "test",
    "invalid",
    "example",
    "internal",
    "onion",
    "arpa",
    "lan",
    "home",
    "corp",
    "intranet",
}

# Django's validator, without its default allowance for "localhost".
_SYNTAX = EmailValidator(message=ONGELDIG, allowlist=[])


def _verborgen(teken):
    # Cc control, Cf format (bidi overrides, zero-width), Cs/Co/Cn, line/paragraph separators
    return unicodedata.category(teken) in {"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"}


def _is_ip_adres(domein):
    try:
        ipaddress.ip_address(domein)
    except ValueError:
        return False
    return True


def mailbaar_adres(waarde) -> str:
    """The address as the mailer will send it: trimmed, lower case, the domain in its
    ASCII (IDNA) form. Raises ValidationError with a Dutch message."""
    adres = (waarde or "").strip()
    if any(_verborgen(t) for t in adres):
        raise ValidationError(STUURTEKENS, code="stuurtekens")
    lokaal, at, domein = adres.rpartition("@")
    if not at or not lokaal or not domein:
        raise ValidationError(ONGELDIG, code="invalid")
    if domein.startswith("["):
        raise ValidationError(NIET_OPENBAAR, code="niet_openbaar")
    try:
        domein = punycode(domein.rstrip(".")).lower()  # Django's SMTP backend does the same
    except UnicodeError as exc:
        raise ValidationError(DOMEIN, code="domein") from exc
    if "." not in domein or domein.rsplit(".", 1)[-1] in NIET_OPENBARE_TLDS or _is_ip_adres(domein):
        raise ValidationError(NIET_OPENBAAR, code="niet_openbaar")
    adres = f"{lokaal.lower()}@{domein}"
    _SYNTAX(adres)
    return adres


def valideer_adres(waarde):
    """Validator for model fields (the admin's subscriber form)."""
    mailbaar_adres(waarde)
