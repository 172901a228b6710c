from django.core.management.base import BaseCommand
from django.utils import timezone

from core.csvbestand import VeiligeSchrijver
from nieuwsbrief.models import Abonnee


class Command(BaseCommand):
    help = (
        "Schrijft de ingeschreven abonnees als CSV (email;lijsten;ingeschreven_op) naar "
        "standaarduitvoer, in hetzelfde formaat als nieuwsbrief_import. Een cel die met "
        "=, +, -, @, tab of CR begint, krijgt een ' vooraan (geen formule in een rekenblad)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--alle", action="store_true", help="ook niet-actieve adressen, met status"
        )

    def handle(self, *args, alle=False, **options):
        # formulas neutralised (core/csvbestand.py); nieuwsbrief_import reads them back
        schrijver = VeiligeSchrijver(self.stdout, delimiter=";", lineterminator="\n")
        kop = ["email", "lijsten", "ingeschreven_op"] + (["status"] if alle else [])
        schrijver.writerow(kop)
        abonnees = Abonnee.objects.order_by("email")
        if not alle:
            abonnees = abonnees.filter(status=Abonnee.Status.INGESCHREVEN)
        for a in abonnees.iterator(chunk_size=2000):
            moment = a.toestemming_op or a.aangevraagd_op
            rij = [a.email, "|".join(a.lijsten), timezone.localdate(moment).isoformat()]
            schrijver.writerow(rij + ([a.status] if alle else []))
