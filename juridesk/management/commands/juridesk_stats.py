import datetime
import sys

from django.core.management.base import BaseCommand, CommandError

from juridesk import exports, stats


def _datum(tekst):
    try:
        return datetime.date.fromisoformat(tekst)
    except ValueError:
        raise CommandError(f"'{tekst}' is geen datum (JJJJ-MM-DD).") from None


class Command(BaseCommand):
    help = (
        "Berekent de juridesk-statistieken van een periode tegenover een vergelijkingsperiode "
        "(standaard dezelfde periode een jaar eerder), als JSON, CSV of XLSX."
    )

    def add_arguments(self, parser):
        parser.add_argument("--jaar", type=int, help="Een kalenderjaar, bv. 2024")
        parser.add_argument("--van", help="Begin van de periode (JJJJ-MM-DD)")
        parser.add_argument("--tot", help="Einde van de periode, inbegrepen (JJJJ-MM-DD)")
        parser.add_argument("--vergelijk-van", dest="vergelijk_van")
        parser.add_argument("--vergelijk-tot", dest="vergelijk_tot")
        parser.add_argument("--format", choices=["json", "csv", "xlsx"], default="json")
        parser.add_argument("--output", help="Bestand; standaard de standaarduitvoer")

    def handle(self, *args, **options):
        try:
            if options["jaar"]:
                if options["van"] or options["tot"]:
                    raise CommandError("Geef --jaar of --van/--tot, niet allebei.")
                periode = stats.Periode.jaar(options["jaar"])
            elif options["van"] and options["tot"]:
                periode = stats.Periode(_datum(options["van"]), _datum(options["tot"]))
            else:
                raise CommandError("Geef --jaar JJJJ of --van JJJJ-MM-DD --tot JJJJ-MM-DD.")
            vergelijking = None
            if options["vergelijk_van"] or options["vergelijk_tot"]:
                if not (options["vergelijk_van"] and options["vergelijk_tot"]):
                    raise CommandError("Geef zowel --vergelijk-van als --vergelijk-tot.")
                vergelijking = stats.Periode(
                    _datum(options["vergelijk_van"]), _datum(options["vergelijk_tot"])
                )
        except stats.PeriodeFout as fout:
            raise CommandError(str(fout)) from None

        resultaat = stats.statistiek(periode, vergelijking)
        formaat = options["format"]
        if formaat == "xlsx":
            inhoud = exports.als_xlsx(resultaat)
        elif formaat == "csv":
            inhoud = exports.als_csv(resultaat)
        else:
            inhoud = exports.als_json(resultaat) + "\n"

        if options["output"]:
            modus = "wb" if isinstance(inhoud, bytes) else "w"
            with open(
                options["output"], modus, **({} if modus == "wb" else {"encoding": "utf-8"})
            ) as f:
                f.write(inhoud)
            self.stderr.write(f"Geschreven naar {options['output']}.")
        elif isinstance(inhoud, bytes):
            uit = getattr(self.stdout, "_out", sys.stdout)
            (uit.buffer if hasattr(uit, "buffer") else uit).write(inhoud)
        else:
            self.stdout.write(inhoud, ending="")
