from django.core.management.base import BaseCommand

from core.importing import ImportFout, als_command_error
from jaarverslag.importeren import VORMING_KOLOMMEN, importeer_vormingen


class Command(BaseCommand):
    help = (
        "Importeert vormingen van vorige jaren uit een CSV-bestand (UTF-8, ';', kop: "
        + ";".join(VORMING_KOLOMMEN)
        + "; dossier is het pad van de dossierpagina, bv. dossiers/oekraine). Alles of niets: "
        "bij de eerste foute regel wordt niets ingevoerd."
    )

    def add_arguments(self, parser):
        parser.add_argument("bestand", help="Pad naar het CSV-bestand")

    def handle(self, *args, **options):
        try:
            aantal = importeer_vormingen(options["bestand"], stream=self.stderr._out)
        except ImportFout as fout:
            raise als_command_error(fout) from None
        self.stdout.write(self.style.SUCCESS(f"{aantal} vormingen ingevoerd."))
