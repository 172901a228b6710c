from django.core.management.base import BaseCommand

from core.importing import ImportFout, als_command_error
from juridesk.importeren import KOLOMMEN, importeer


class Command(BaseCommand):
    help = (
        "Importeert juridesk-vragen van vorige jaren uit een CSV-bestand (UTF-8, ';', kop: "
        + ";".join(KOLOMMEN)
        + "; optioneel: paginas (paden gescheiden door '|'), niet_beantwoord (ja/nee), "
        "ontbrekend). Alles of niets: bij de eerste foute regel wordt niets ingevoerd."
    )

    def add_arguments(self, parser):
        parser.add_argument("bestand", help="Pad naar het CSV-bestand")

    def handle(self, *args, **options):
        try:
            aantal = importeer(options["bestand"], stream=self.stderr._out)
        except ImportFout as fout:
            raise als_command_error(fout) from None
        self.stdout.write(self.style.SUCCESS(f"{aantal} vragen ingevoerd."))
