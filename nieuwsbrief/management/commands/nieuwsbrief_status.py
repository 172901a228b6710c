from django.core.management.base import BaseCommand

from nieuwsbrief.leveringen import tellingen
from nieuwsbrief.models import Levering

from ._editie import haal_editie

LABELS = [
    ("wachtrij", "In de wachtrij"),
    ("bezig", "Wordt verzonden"),
    ("verzonden", "Verzonden"),
    ("mislukt", "Mislukt"),
    ("onbestelbaar", "Onbestelbaar"),
    ("geannuleerd", "Niet verzonden (intussen uitgeschreven)"),
    ("uitgeschreven_sindsdien", "Uitgeschreven sindsdien"),
    ("totaal", "Totaal"),
]


class Command(BaseCommand):
    help = "Toont de tellingen van een editie en de mislukte leveringen."

    def add_arguments(self, parser):
        parser.add_argument("editie", help="id van de editie")

    def handle(self, *args, editie, **options):
        editie = haal_editie(editie)
        t = tellingen(editie)
        self.stdout.write(f"{editie.titel} ({editie.get_status_display()})")
        for sleutel, label in LABELS:
            self.stdout.write(f"{label}: {t[sleutel]}")
        mislukt = Levering.objects.filter(editie=editie, status="mislukt").select_related("abonnee")
        for levering in mislukt[:50]:
            adres = levering.abonnee.email if levering.abonnee else "(gewist)"
            self.stdout.write(f"  mislukt: {adres}: {levering.laatste_fout}")
