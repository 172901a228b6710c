from django.core.management.base import BaseCommand, CommandError

from core.commando import schrijf_uitvoer
from jaarverslag import uitvoer
from jaarverslag.berekening import EERSTE_JAAR, LAATSTE_JAAR, bereken


def _jaar(tekst):
    try:
        jaar = int(tekst)
    except ValueError:
        raise CommandError(f"'{tekst}' is geen jaartal.") from None
    if not EERSTE_JAAR <= jaar <= LAATSTE_JAAR:
        raise CommandError(f"Kies een jaar tussen {EERSTE_JAAR} en {LAATSTE_JAAR}.")
    return jaar


class Command(BaseCommand):
    help = (
        "Maakt het hoofdstuk 'Juridische dienstverlening' van het jaarverslag: publicaties, "
        "juridesk, vormingen, begeleidingen en dossiers van een jaar tegenover een "
        "vergelijkingsjaar (standaard het jaar ervoor), als JSON, HTML of DOCX."
    )

    def add_arguments(self, parser):
        parser.add_argument("--jaar", required=True, help="Het jaar van het verslag, bv. 2024")
        parser.add_argument("--vergelijk", help="Het vergelijkingsjaar (standaard het jaar ervoor)")
        parser.add_argument("--format", choices=sorted(uitvoer.FORMATEN), default="json")
        parser.add_argument("--output", help="Bestand; standaard de standaarduitvoer")

    def handle(self, *args, **options):
        jaar = _jaar(options["jaar"])
        vergelijking = _jaar(options["vergelijk"]) if options["vergelijk"] else jaar - 1
        if vergelijking == jaar:
            raise CommandError("Het vergelijkingsjaar moet een ander jaar zijn.")
        inhoud = uitvoer.maak(bereken(jaar, vergelijking), options["format"])
        schrijf_uitvoer(self, inhoud, options["output"])
