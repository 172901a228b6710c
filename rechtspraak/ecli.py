"""ECLI (European Case Law Identifier) and judgment numbers: validation and normalisation.

ECLI:<country, 2 letters>:<court code, 1-7 letters/digits>:<year, 4 digits>:<ordinal, up to 25
letters, digits and dots>, e.g. ECLI:BE:RVV:2024:ARR.301234. Stored upper-case."""

import re

from django.core.exceptions import ValidationError

ECLI_RE = re.compile(r"^ECLI:[A-Z]{2}:[A-Z0-9]{1,7}:\d{4}:[A-Z0-9.]{1,25}$")
# Something in a search box that is meant as an ECLI (even if it is a bad one).
VOORVOEGSEL = r"^(?:(?:arrest|arr\.?|vonnis|beschikking)\s*)?(?:(?:nr\.?|nummer|n°|no\.)\s*)?"
LIJKT_OP_ECLI = re.compile(r"^\s*ecli\s*:", re.IGNORECASE)


def normaliseer_ecli(waarde: str | None) -> str:
    """Upper case, surrounding and inner white space removed ("ecli:be:rvv:2024:arr.1 " ->
    "ECLI:BE:RVV:2024:ARR.1"). Empty stays empty."""
    return re.sub(r"\s+", "", waarde or "").upper()


def ecli_fout(waarde: str) -> str | None:
    """The reason why a (normalised) ECLI is invalid, in Dutch, or None when it is valid."""
    if not waarde:
        return None
    delen = waarde.split(":")
    if len(delen) != 5 or delen[0] != "ECLI":
        return (
            "een ECLI bestaat uit vijf delen gescheiden door dubbele punten: "
            "ECLI:<land>:<rechtscollege>:<jaar>:<volgnummer>, bv. ECLI:BE:RVV:2024:ARR.301234"
        )
    _, land, code, jaar, volgnummer = delen
    if not re.fullmatch(r"[A-Z]{2}", land):
        return f"de landcode '{land}' moet uit twee letters bestaan (bv. BE)"
    if not re.fullmatch(r"[A-Z0-9]{1,7}", code):
        return f"de code van het rechtscollege '{code}' moet uit 1 tot 7 letters of cijfers bestaan"
    if not re.fullmatch(r"\d{4}", jaar):
        return f"het jaar '{jaar}' moet uit vier cijfers bestaan"
    if not re.fullmatch(r"[A-Z0-9.]{1,25}", volgnummer):
        return (
            f"het volgnummer '{volgnummer}' mag alleen letters, cijfers en punten bevatten "
            "(hoogstens 25 tekens)"
        )
    return None


def valideer_ecli(waarde: str) -> None:
    """Django validator: raises ValidationError with the reason."""
    fout = ecli_fout(normaliseer_ecli(waarde))
    if fout:
        raise ValidationError(f"Ongeldige ECLI: {fout}.", code="ecli")


def is_ecli(waarde: str) -> bool:
    return bool(ECLI_RE.match(normaliseer_ecli(waarde)))


def normaliseer_nummer(nummer: str | None) -> str:
    """The number as searched: letters and digits only, upper case ("301.234" -> "301234",
    "C-123/22" -> "C12322"). "nr." and similar words in front are dropped."""
    tekst = (nummer or "").strip()
    tekst = re.sub(VOORVOEGSEL, "", tekst, flags=re.I)
    return re.sub(r"[^0-9A-Za-z]", "", tekst).upper()[:40]
