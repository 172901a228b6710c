"""Nationalities in Dutch as Belgian jurists say them, plus Kosovo, "Staatloos" and
"Onbekend" (issue 11).

A database seeded by 0002 has pycountry's names, some English ("Georgia") or inverted
("Congo, Democratische Republiek"). Each row is corrected only while it still has the
seeded name: a label a coordinator changed stays. Missing values are added, and the list
is numbered again in Dutch alphabetical order (volgorde), as 0002 numbered it. The names
are written out here, not read from juridesk.lijsten, so this migration stays as it is."""

import unicodedata

from django.db import migrations

NATIONALITEIT = "nationaliteit"

# code: (seeded name, Dutch name)
CORRECTIES = {
    "ge": ("Georgia", "Georgië"),
    "cd": ("Congo, Democratische Republiek", "Democratische Republiek Congo"),
    "cg": ("Congo", "Congo-Brazzaville"),
    "va": ("Vaticaanstad, Staat", "Vaticaanstad"),
    "vi": ("Maagdeneilanden, Amerikaanse", "Amerikaanse Maagdeneilanden"),
    "vg": ("Maagdeneilanden, Britse", "Britse Maagdeneilanden"),
    "fk": ("Falklandeilanden (Malvinas)", "Falklandeilanden"),
    "cc": ("Cocoseilanden (Keelingeilanden)", "Cocoseilanden"),
    "bq": ("Bonaire, Sint Eustatius en Saba", "Bonaire, Sint-Eustatius en Saba"),
}
NIEUW = {"xk": "Kosovo", "staatloos": "Staatloos", "onbekend": "Onbekend"}


def _sleutel(tekst):
    genormaliseerd = unicodedata.normalize("NFKD", tekst or "")
    return "".join(c for c in genormaliseerd if not unicodedata.combining(c)).casefold().strip()


def naar_het_nederlands(apps, schema_editor):
    Waarde = apps.get_model("juridesk", "Waarde")
    landen = Waarde.objects.filter(lijst=NATIONALITEIT)
    for code, (oud, nieuw) in CORRECTIES.items():
        landen.filter(code=code, label=oud).update(label=nieuw)
    for code, label in NIEUW.items():
        Waarde.objects.get_or_create(
            lijst=NATIONALITEIT, code=code, defaults={"label": label, "volgorde": 0}
        )
    alle = sorted(landen.all(), key=lambda w: (_sleutel(w.label), w.code))
    for i, waarde in enumerate(alle, start=1):
        if waarde.volgorde != i * 10:
            waarde.volgorde = i * 10
            waarde.save(update_fields=["volgorde"])


class Migration(migrations.Migration):
    dependencies = [("juridesk", "0003_indexen_logscherm")]

    operations = [migrations.RunPython(naar_het_nederlands, migrations.RunPython.noop)]
