from django.core.management.base import BaseCommand
from django.utils import timezone

from core.csvbestand import VeiligeSchrijver
from nieuwsbrief.lijsten import MAILINGS
from nieuwsbrief.models import Abonnee
from rechtspraak.models import thema_pad


def volgt(abonnee):
    """Her follows as nieuwsbrief_import's `volgt` column."""
    delen = []
    for v in abonnee.volgt.all():
        if v.soort in ("thema", "dossier") and v.pagina:
            delen.append(f"{v.soort}:{thema_pad(v.pagina)}")
        elif v.soort == "instantie" and v.instantie:
            delen.append(f"instantie:{v.instantie.code}")
        elif v.soort == "zoekopdracht":
            delen.append(f"zoekopdracht:{v.zoekopdracht}")
        elif v.soort == "rechtspraak":
            delen.append("rechtspraak")
    return "|".join(delen)


class Command(BaseCommand):
    help = (
        "Schrijft de ingeschreven abonnees als CSV (email;lijsten;ingeschreven_op;volgt;"
        "frequentie) naar "
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
        kop = ["email", "lijsten", "ingeschreven_op", "volgt", "frequentie"]
        kop += ["status"] if alle else []
        schrijver.writerow(kop)
        abonnees = Abonnee.objects.order_by("email").prefetch_related(
            "volgt__pagina", "volgt__instantie"
        )
        if not alle:
            abonnees = abonnees.filter(status=Abonnee.Status.INGESCHREVEN)
        for a in abonnees.iterator(chunk_size=2000):
            moment = a.toestemming_op or a.aangevraagd_op
            rij = [
                a.email,
                "|".join(c for c in a.lijsten if c in MAILINGS),
                timezone.localdate(moment).isoformat(),
                volgt(a),
                a.frequentie,
            ]
            schrijver.writerow(rij + ([a.status] if alle else []))
