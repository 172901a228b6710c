import sys

from django.core.management.base import BaseCommand

from rechtspraak.importeren import exporteer


class Command(BaseCommand):
    help = "Schrijft de gepubliceerde uitspraken als JSON lines, in het formaat van rechtspraak_import."

    def add_arguments(self, parser):
        parser.add_argument("bestand", nargs="?", help="doelbestand (standaard: standaarduitvoer)")
        parser.add_argument(
            "--ook-concepten", action="store_true", help="ook niet-gepubliceerde uitspraken"
        )

    def handle(self, *args, **options):
        if options["bestand"]:
            with open(options["bestand"], "w", encoding="utf-8") as handle:
                aantal = exporteer(handle, ook_concepten=options["ook_concepten"])
            self.stderr.write(f"{aantal} uitspraken geschreven naar {options['bestand']}.")
        else:
            aantal = exporteer(sys.stdout, ook_concepten=options["ook_concepten"])
            self.stderr.write(f"{aantal} uitspraken geschreven.")
