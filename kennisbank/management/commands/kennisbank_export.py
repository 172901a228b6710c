"""`python manage.py kennisbank_export [--output FILE]`: the pages as JSON lines (what
`kennisbank_import` reads)."""

import sys

from django.core.management.base import BaseCommand

from kennisbank.export import exporteer


class Command(BaseCommand):
    help = (
        "Schrijft alle gepubliceerde themapagina's, begrippen, nieuwspagina's en dossiers als "
        "JSON lines (het formaat van kennisbank_import), bovenliggende pagina's eerst. "
        "Zonder --output naar de standaarduitvoer."
    )

    def add_arguments(self, parser):
        parser.add_argument("--output", "-o", help="Schrijf naar dit bestand in plaats van stdout")

    def handle(self, *args, **options):
        if options["output"]:
            with open(options["output"], "w", encoding="utf-8") as handle:
                aantal = exporteer(handle)
            self.stderr.write(f"{aantal} pagina's geschreven naar {options['output']}.")
        else:
            exporteer(self.stdout._out if hasattr(self.stdout, "_out") else sys.stdout)
