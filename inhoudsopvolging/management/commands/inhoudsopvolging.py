import sys

from django.core.management.base import BaseCommand, CommandError

from core.commando import datum
from inhoudsopvolging import exports
from inhoudsopvolging.gegevens import bereken


class Command(BaseCommand):
    help = (
        "De inhoudsopvolging van een periode: per themapagina de juridesk-vragen, 'niet "
        "beantwoord', zoekopdrachten en ouderdom (in de volgorde van het scherm), en de "
        "zoekopdrachten zonder resultaat of zonder geopend resultaat. JSON, CSV of XLSX."
    )

    def add_arguments(self, parser):
        parser.add_argument("--van", required=True, help="JJJJ-MM-DD")
        parser.add_argument("--tot", required=True, help="JJJJ-MM-DD (inbegrepen)")
        parser.add_argument("--format", choices=["json", "csv", "xlsx"], default="json")
        parser.add_argument(
            "--output", help="Bestand (anders standaarduitvoer; XLSX vraagt een bestand)"
        )

    def handle(self, *args, **options):
        van, tot = datum(options["van"]), datum(options["tot"])
        if van > tot:
            raise CommandError("--van ligt na --tot.")
        if options["format"] == "xlsx" and not options["output"]:
            raise CommandError("XLSX gaat naar een bestand: geef --output.")
        opvolging = bereken(van, tot)
        inhoud = {"json": exports.als_json, "csv": exports.als_csv, "xlsx": exports.als_xlsx}[
            options["format"]
        ](opvolging)
        if options["output"]:
            with open(options["output"], "wb") as bestand:
                bestand.write(inhoud)
            self.stderr.write(f"Geschreven: {options['output']}")
        else:
            sys.stdout.buffer.write(inhoud)
            sys.stdout.flush()
