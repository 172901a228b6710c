"""Nationalities in Dutch as Belgian jurists say them (issue 11): "Georgië", not "Georgia";
Kosovo, "Staatloos" and "Onbekend" can be logged. Existing databases are corrected by a
data migration that leaves a label a coordinator changed alone."""

import importlib

import pytest
from django.apps import apps
from django.utils import timezone

from juridesk.lijsten import NATIONALITEIT, landen
from juridesk.models import Vraag, Waarde

pytestmark = pytest.mark.django_db
MIGRATIE = importlib.import_module("juridesk.migrations.0004_nationaliteiten_in_het_nederlands")
ENGELS = {
    "Georgia",
    "Congo, Democratische Republiek",
    "Vaticaanstad, Staat",
    "Maagdeneilanden, Britse",
    "Maagdeneilanden, Amerikaanse",
    "Falklandeilanden (Malvinas)",
}


def labels():
    return dict(Waarde.objects.filter(lijst=NATIONALITEIT).values_list("code", "label"))


def test_every_nationality_has_its_dutch_name():
    namen = labels()
    assert namen["ge"] == "Georgië"
    assert namen["cd"] == "Democratische Republiek Congo"
    assert namen["va"] == "Vaticaanstad"
    assert (namen["xk"], namen["staatloos"], namen["onbekend"]) == (
        "Kosovo",
        "Staatloos",
        "Onbekend",
    )
    assert not ENGELS & set(namen.values())
    assert {label for _code, label in landen()} == set(namen.values())


def test_the_migration_corrects_an_existing_list_and_keeps_a_coordinators_label():
    Waarde.objects.filter(lijst=NATIONALITEIT, code__in=["xk", "onbekend"]).delete()
    Waarde.objects.filter(lijst=NATIONALITEIT, code="ge").update(label="Georgia")
    Waarde.objects.filter(lijst=NATIONALITEIT, code="cd").update(
        label="Congo, Democratische Republiek"
    )
    Waarde.objects.filter(lijst=NATIONALITEIT, code="va").update(label="Heilige Stoel")  # own
    georgie = Waarde.objects.get(lijst=NATIONALITEIT, code="ge")
    MIGRATIE.naar_het_nederlands(apps, None)
    namen = labels()
    assert (namen["ge"], namen["cd"], namen["xk"], namen["onbekend"]) == (
        "Georgië",
        "Democratische Republiek Congo",
        "Kosovo",
        "Onbekend",
    )
    assert namen["va"] == "Heilige Stoel"
    assert Waarde.objects.get(lijst=NATIONALITEIT, code="ge").pk == georgie.pk
    volgorde = list(
        Waarde.objects.filter(lijst=NATIONALITEIT)
        .order_by("volgorde")
        .values_list("label", flat=True)
    )
    assert volgorde.index("Kosovo") == volgorde.index("Koeweit") + 1
    MIGRATIE.naar_het_nederlands(apps, None)  # twice changes nothing
    assert labels() == namen


@pytest.mark.parametrize("getypt", ["Georgië", "georgie", "Kosovo", "Staatloos", "Onbekend"])
def test_a_jurist_can_log_them(aangemeld, getypt):
    jurist = aangemeld("Juristen")
    nu = timezone.localtime().strftime("%Y-%m-%dT%H:%M")
    antwoord = jurist.post(
        "/admin/juridesk/registreren/", {"nationaliteit_tekst": getypt, "datum": nu}
    )
    assert antwoord.status_code == 302
    assert Vraag.objects.get().nationaliteit.label.casefold().replace(
        "ë", "e"
    ) == getypt.casefold().replace("ë", "e")
