from django.core.management.base import BaseCommand, CommandError

from core.commando import datum, schrijf_uitvoer
from juridesk import exports, stats


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
                periode = stats.Periode(datum(options["van"]), datum(options["tot"]))
            else:
                raise CommandError("Geef --jaar JJJJ of --van JJJJ-MM-DD --tot JJJJ-MM-DD.")
            vergelijking = None
            if options["vergelijk_van"] or options["vergelijk_tot"]:
                if not (options["vergelijk_van"] and options["vergelijk_tot"]):
                    raise CommandError("Geef zowel --vergelijk-van als --vergelijk-tot.")
                vergelijking = stats.Periode(
                    datum(options["vergelijk_van"]), datum(options["vergelijk_tot"])
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

        schrijf_uitvoer(self, inhoud, options["output"])
