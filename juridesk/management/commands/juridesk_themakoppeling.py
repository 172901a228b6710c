from django.core.management.base import BaseCommand

from core.importing import ImportFout, als_command_error
from juridesk.koppelingen import KOLOMMEN, importeer


class Command(BaseCommand):
    help = (
        "Koppelt juridesk-thema's aan themapagina's uit een CSV-bestand (UTF-8, ';', kop: "
        + ";".join(KOLOMMEN)
        + "; thema als 'Hoofdthema > Subthema' of een hoofdthema, pad zoals "
        "'verblijf/gezinshereniging'). Alles of niets: bij de eerste foute regel wordt niets "
        "gekoppeld. Bestaande koppelingen blijven, tenzij met --vervang."
    )

    def add_arguments(self, parser):
        parser.add_argument("bestand", help="Pad naar het CSV-bestand")
        parser.add_argument(
            "--vervang",
            action="store_true",
            help="Verwijder eerst alle bestaande koppelingen: het bestand wordt de hele lijst.",
        )

    def handle(self, *args, **options):
        try:
            nieuw, totaal = importeer(options["bestand"], vervang=options["vervang"])
        except ImportFout as fout:
            raise als_command_error(fout) from None
        self.stdout.write(
            self.style.SUCCESS(f"{totaal} koppelingen in het bestand, {nieuw} nieuw toegevoegd.")
        )
