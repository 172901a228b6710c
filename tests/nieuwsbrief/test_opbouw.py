"""How the newsletter app is put together: its modules depend one way (no cycles, also not
through an import inside a function), and the SMTP transport knows nothing of deliveries."""

import smtplib

import grimp
import pytest

from nieuwsbrief import transport


@pytest.fixture(scope="module")
def graaf():
    return grimp.build_graph("nieuwsbrief")


def test_geen_twee_modules_van_de_nieuwsbrief_importeren_elkaar(graaf):
    modules = sorted(m for m in graaf.modules if m.startswith("nieuwsbrief"))
    kringen = [
        (a, b)
        for i, a in enumerate(modules)
        for b in modules[i + 1 :]
        if graaf.chain_exists(importer=a, imported=b) and graaf.chain_exists(importer=b, imported=a)
    ]
    assert kringen == []


def test_het_transport_kent_geen_leveringen_of_abonnees(graaf):
    eigen = {
        m
        for m in graaf.find_modules_directly_imported_by("nieuwsbrief.transport")
        if m.startswith("nieuwsbrief")
    }
    # Only the DKIM signer, which works on finished bytes and itself imports nothing of ours.
    assert eigen == {"nieuwsbrief.ondertekening"}
    assert not {
        m
        for m in graaf.find_modules_directly_imported_by("nieuwsbrief.ondertekening")
        if m.startswith("nieuwsbrief")
    }
    assert "nieuwsbrief.transport" in graaf.find_modules_directly_imported_by(
        "nieuwsbrief.leveringen"
    )


@pytest.mark.parametrize(
    ("fout", "soort", "ontvanger", "na_punt", "weg", "openen"),
    [
        (smtplib.SMTPRecipientsRefused({"a@b.be": (550, b"no")}), "permanent", True, 0, 0, 0),
        (smtplib.SMTPRecipientsRefused({"a@b.be": (450, b"later")}), "tijdelijk", True, 0, 0, 0),
        (smtplib.SMTPSenderRefused(553, b"no", "x@y.be"), "permanent", False, 0, 0, 0),
        (smtplib.SMTPDataError(451, b"later"), "tijdelijk", False, 0, 0, 0),
        (transport.NaPuntGeweigerd(554, b"spam"), "permanent", False, 1, 0, 0),
        (transport.NaPuntGeweigerd(421, b"busy"), "tijdelijk", False, 1, 0, 0),
        (transport.PuntNietVerstuurd("reset"), "tijdelijk", False, 0, 1, 0),
        (transport.NaPuntOnzeker("timeout"), "onzeker", False, 0, 1, 0),
        (smtplib.SMTPServerDisconnected("weg"), "tijdelijk", False, 0, 1, 1),
        (ConnectionResetError("reset"), "tijdelijk", False, 0, 1, 1),
    ],
)
def test_een_smtp_fout_is_permanent_tijdelijk_of_onzeker(
    fout, soort, ontvanger, na_punt, weg, openen
):
    assert isinstance(fout, transport.SMTP_FOUTEN)
    uitkomst = transport.beoordeel(fout)
    assert (
        uitkomst.soort,
        uitkomst.ontvanger,
        uitkomst.na_punt,
        uitkomst.verbinding_weg,
        uitkomst.opnieuw_openen,
    ) == (soort, ontvanger, bool(na_punt), bool(weg), bool(openen))
