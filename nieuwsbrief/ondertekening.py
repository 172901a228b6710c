"""DKIM signatures on bulk mail (RFC 6376; Ed25519 per RFC 8463) with dkimpy.

RFC 8058 one-click unsubscribe counts only when a DKIM signature covers List-Unsubscribe and
List-Unsubscribe-Post, and the large mailbox providers require DKIM of bulk senders. Where
DKIM_DOMAIN, DKIM_SELECTOR and DKIM_PRIVATE_KEY (a path to a PEM key, RSA or Ed25519) are
set, `transport.verstuur_bericht`, the one place every edition, case-law mailing, digest,
test send and double opt-in confirmation passes (the last, built by Django, through
`transport.verstuur_email`), signs the finished bytes. A key that cannot be read stops the start
(`checks.py`, a system check), never a send halfway.

Speed: the key file is read and checked once per process (and again when the file changes);
dkimpy is handed only the header block to parse, the body as it is (dkimpy's own parser
splits every line of the 36 kB body, half the cost of an Ed25519 signature). Our messages
are built with CRLF line ends only (mail.py; Django's with its SMTP policy), so the body dkimpy hashes is the body we send.

RSA: dkimpy signs RSA in pure Python and parses the PEM again for every signature (10-40 ms
a message, a third of the bare SMTP loop's rate). dkimpy still canonicalises, hashes the
headers and writes the DKIM-Signature header; only the RSA step itself goes to OpenSSL
(`cryptography`), through the hook below (`_installeer_openssl`): the key is parsed once,
by both, and the PKCS#1 v1.5 signature over dkimpy's SHA-256 digest is OpenSSL's. Ed25519
stays as dkimpy signs it (PyNaCl, already fast).
"""

import base64
import os
import re
import weakref
from dataclasses import dataclass, field

import dkim
import dkim.crypto
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa, utils
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

# The headers the signature covers (h=). A header the message lacks is signed as absent,
# so nobody can add it later without breaking the signature.
KOPPEN = (
    b"from",
    b"to",
    b"subject",
    b"date",
    b"message-id",
    b"list-id",
    b"list-unsubscribe",
    b"list-unsubscribe-post",
)

# PKCS#8 (openssl genpkey -algorithm ed25519): this fixed prefix, then the 32-byte seed.
_ED25519_PKCS8 = bytes.fromhex("302e020100300506032b657004220420")
_PEM = re.compile(rb"-----BEGIN ([A-Z ]*)PRIVATE KEY-----(.*?)-----END", re.DOTALL)


class SleutelFout(ImproperlyConfigured):
    """DKIM is configured, but its key cannot be used (the message says why, in Dutch)."""


class _RSASleutel(dict):
    """An RSA key as dkimpy parses it (its dict of integers) that also holds the same key
    loaded by OpenSSL (`cryptography`): what dkimpy's signer gets in place of its own parse."""

    def __init__(self, onderdelen, openssl):
        super().__init__(onderdelen)
        self.openssl = openssl


# The RSA keys read in this process, by their PEM (what dkimpy is handed as privkey).
_RSA_SLEUTELS = weakref.WeakValueDictionary()


@dataclass(frozen=True)
class Sleutel:
    algoritme: bytes  # b"rsa-sha256" or b"ed25519-sha256"
    privkey: bytes  # as dkimpy takes it: the PEM for RSA, the base64 seed for Ed25519
    # RSA: the parsed key (dkimpy's and OpenSSL's), kept alive as long as this Sleutel.
    rsa: _RSASleutel | None = field(default=None, compare=False, repr=False)


def lees_sleutel(pad: str) -> Sleutel:
    """The key in the file `pad`: a PEM RSA key (PKCS#1 or PKCS#8) or a PEM Ed25519 key
    (PKCS#8, as `openssl genpkey -algorithm ed25519` writes it)."""
    try:
        with open(pad, "rb") as bestand:
            inhoud = bestand.read()
    except OSError as exc:
        raise SleutelFout(
            f"DKIM_PRIVATE_KEY: het bestand {pad} kan niet gelezen worden ({exc.strerror})."
        ) from exc
    pem = _PEM.search(inhoud)
    if pem is None:
        raise SleutelFout(f"DKIM_PRIVATE_KEY: {pad} bevat geen private sleutel in PEM-vorm.")
    try:
        der = base64.b64decode(b"".join(pem[2].split()), validate=True)
    except ValueError as exc:
        raise SleutelFout(f"DKIM_PRIVATE_KEY: {pad} is geen geldige PEM-sleutel.") from exc
    if der.startswith(_ED25519_PKCS8) and len(der) == len(_ED25519_PKCS8) + 32:
        try:
            import nacl.signing  # noqa: F401 (dkimpy signs Ed25519 through PyNaCl)
        except ImportError as exc:
            raise SleutelFout("DKIM_PRIVATE_KEY: een Ed25519-sleutel vraagt PyNaCl.") from exc
        return Sleutel(b"ed25519-sha256", base64.b64encode(der[len(_ED25519_PKCS8) :]))
    try:
        onderdelen = dkim.crypto.parse_private_key(der)
        openssl = serialization.load_der_private_key(der, password=None)
        if not isinstance(openssl, rsa.RSAPrivateKey):
            raise ValueError("geen RSA")
    except (dkim.crypto.UnparsableKeyError, IndexError, ValueError, TypeError) as exc:
        raise SleutelFout(
            f"DKIM_PRIVATE_KEY: {pad} is geen RSA- of Ed25519-sleutel die DKIM kan gebruiken."
        ) from exc
    if onderdelen["modulus"].bit_length() < 1024:
        raise SleutelFout(
            f"DKIM_PRIVATE_KEY: de RSA-sleutel in {pad} is te kort "
            f"({onderdelen['modulus'].bit_length()} bits); ontvangers eisen minstens 1024, "
            "gebruik 2048."
        )
    # The same PEM read again (the start's check, a new signer) keeps the key already known.
    sleutel = _RSA_SLEUTELS.setdefault(inhoud, _RSASleutel(onderdelen, openssl))
    return Sleutel(b"rsa-sha256", inhoud, sleutel)


def instellingen():
    """(domain, selector, key path), or None when DKIM is not configured (all three empty).
    Raises SleutelFout when only some are set."""
    waarden = {
        naam: (getattr(settings, naam, "") or "").strip()
        for naam in ("DKIM_DOMAIN", "DKIM_SELECTOR", "DKIM_PRIVATE_KEY")
    }
    if not any(waarden.values()):
        return None
    ontbreekt = [naam for naam, waarde in waarden.items() if not waarde]
    if ontbreekt:
        raise SleutelFout(
            "DKIM is maar half ingesteld: ook " + " en ".join(ontbreekt) + " is nodig "
            "(of laat DKIM_DOMAIN, DKIM_SELECTOR en DKIM_PRIVATE_KEY alle drie leeg)."
        )
    return waarden["DKIM_DOMAIN"], waarden["DKIM_SELECTOR"], waarden["DKIM_PRIVATE_KEY"]


def _openssl_onderteken(digest, sleutel: _RSASleutel) -> bytes:
    """RSASSA-PKCS1-v1_5 (RFC 8017) over a SHA-256 digest, by OpenSSL."""
    return sleutel.openssl.sign(digest, padding.PKCS1v15(), utils.Prehashed(hashes.SHA256()))


def _pem_sleutel(privkey):
    """In dkimpy's place of `dkim.crypto.parse_pem_private_key`: a key read by `lees_sleutel`
    is not parsed again; any other key as dkimpy parses it."""
    gelezen = _RSA_SLEUTELS.get(privkey) if isinstance(privkey, bytes) else None
    return gelezen if gelezen is not None else dkim.crypto.parse_pem_private_key(privkey)


def _rsa_onderteken(hash, private_key):
    """In dkimpy's place of `dkim.crypto.RSASSA_PKCS1_v1_5_sign` (same arguments: dkimpy's
    hash object of the signed headers, the parsed key): OpenSSL for our keys and SHA-256,
    else dkimpy's own."""
    if isinstance(private_key, _RSASleutel) and hash.name.lower() == "sha256":
        return _openssl_onderteken(hash.digest(), private_key)
    return dkim.crypto.RSASSA_PKCS1_v1_5_sign(hash, private_key)


def _installeer_openssl():
    """The hook, installed once, here only. dkimpy (1.1) calls these two through its module's
    own names (`DKIM.sign` parses the PEM, `DKIM.gen_header` signs): replacing those names is
    the one seam it has without copying its signing code, and both stand-ins fall back to
    dkimpy's own functions for anything that is not ours, so other dkimpy users in the process
    see no change. If a dkimpy upgrade stops calling them, signatures stay correct (pure Python,
    slow again) and tests/nieuwsbrief/test_dkim.py fails on it."""
    dkim.parse_pem_private_key = _pem_sleutel
    dkim.RSASSA_PKCS1_v1_5_sign = _rsa_onderteken


_installeer_openssl()


class _HeaderBlok(dkim.DKIM):
    """dkimpy's signer, parsing the header block only (see the module docstring)."""

    def set_message(self, message):
        kop, scheiding, romp = message.partition(b"\r\n\r\n")
        super().set_message(kop + b"\r\n\r\n" if scheiding else message)
        if scheiding:
            self.body = romp


class Ondertekenaar:
    """Signs finished messages with one domain, selector and (already read) key."""

    def __init__(self, domein: str, selector: str, sleutel: Sleutel):
        self.domein = domein.encode("ascii")
        self.selector = selector.encode("ascii")
        self.sleutel = sleutel

    def onderteken(self, raw: bytes) -> bytes:
        """The message with its DKIM-Signature header in front."""
        handtekening = _HeaderBlok(raw, signature_algorithm=self.sleutel.algoritme).sign(
            self.selector, self.domein, self.sleutel.privkey, include_headers=list(KOPPEN)
        )
        return handtekening + raw


_cache = {}


def ondertekenaar():
    """The signer for the current settings, or None without DKIM. The key is read once and
    again only when its file changes (a rotated key needs no restart)."""
    gegevens = instellingen()
    if gegevens is None:
        return None
    domein, selector, pad = gegevens
    try:
        versie = os.stat(pad).st_mtime_ns
    except OSError:
        versie = None
    sleutel = (domein, selector, pad, versie)
    if sleutel not in _cache:
        _cache.clear()
        _cache[sleutel] = Ondertekenaar(domein, selector, lees_sleutel(pad))
    return _cache[sleutel]


def onderteken(raw: bytes) -> bytes:
    """`raw` signed when DKIM is configured, else unchanged."""
    wie = ondertekenaar()
    return raw if wie is None else wie.onderteken(raw)
