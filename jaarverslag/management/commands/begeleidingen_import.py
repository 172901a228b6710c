from django.core.management.base import BaseCommand

from core.importing import ImportFout, als_command_error
from jaarverslag.importeren import BEGELEIDING_KOLOMMEN, importeer_begeleidingen


class Command(BaseCommand):
    help = (
        "Importeert begeleidingen van vorige jaren uit een CSV-bestand, één regel per activiteit "
        "(UTF-8, ';', kop: "
        + ";".join(BEGELEIDING_KOLOMMEN)
        + "; regels met dezelfde titel horen bij één begeleiding). Alles of niets: bij de "
        "eerste foute regel wordt niets ingevoerd."
    )

    def add_arguments(self, parser):
        parser.add_argument("bestand", help="Pad naar het CSV-bestand")

    def handle(self, *args, **options):
        try:
            begeleidingen, activiteiten = importeer_begeleidingen(
                options["bestand"], stream=self.stderr._out
            )
        except ImportFout as fout:
            raise als_command_error(fout) from None
        self.stdout.write(
            self.style.SUCCESS(
                f"{activiteiten} activiteiten van {begeleidingen} begeleidingen ingevoerd."
            )
        )
