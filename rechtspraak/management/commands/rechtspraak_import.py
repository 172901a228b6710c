from django.core.management.base import BaseCommand

from core.importing import ImportFout, als_command_error
from rechtspraak.importeren import importeer


class Command(BaseCommand):
    help = (
        "Importeert uitspraken uit een JSON-lines-bestand (één uitspraak per regel). "
        "Alles of niets: bij een fout wordt niets ingevoerd."
    )

    def add_arguments(self, parser):
        parser.add_argument("bestand", help="pad naar het .jsonl-bestand")
        parser.add_argument(
            "--nieuwe-instanties",
            action="store_true",
            help="onbekende instanties aanmaken in plaats van te weigeren",
        )
        parser.add_argument(
            "--pdf-map",
            help=(
                "map waarin elke 'pdf' van het bestand moet liggen (standaard: de map van "
                "het importbestand); een relatief pad wordt vanuit deze map gelezen"
            ),
        )

    def handle(self, *args, **options):
        try:
            verslag = importeer(
                options["bestand"],
                nieuwe_instanties=options["nieuwe_instanties"],
                pdf_map=options["pdf_map"],
            )
        except ImportFout as fout:
            raise als_command_error(fout) from fout
        self.stdout.write(self.style.SUCCESS(f"Import klaar: {verslag}."))
