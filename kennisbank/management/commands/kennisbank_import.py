"""`python manage.py kennisbank_import FILE.jsonl`: the migration from the old site."""

from django.core.management.base import BaseCommand

from core.importing import ImportFout, als_command_error
from kennisbank.importer import importeer


class Command(BaseCommand):
    help = (
        "Importeert kennisbankpagina's uit een JSON-lines-bestand (één pagina per regel: type "
        "thema, nieuws, dossier of begrip; pad, titel, samenvatting, inhoud_html, bijgewerkt, "
        "datum, themas). Het pad is de sleutel: een bestaande pagina wordt bijgewerkt (nieuwe "
        "revisie, gepubliceerd) als de regel verschilt, anders blijft ze ongemoeid. Ontbrekende "
        "bovenliggende themapagina's worden aangemaakt met een titel afgeleid van de slug. "
        "Nieuws staat onder 'nieuws/<slug>', dossiers onder 'dossiers/<slug>', begrippen onder "
        "'begrippen/<slug>'; een ander pad is een fout. Alles of niets: bij één foute regel "
        "wordt niets ingevoerd en noemt de foutmelding de regel en de reden. "
        "Zie kennisbank/importer.py voor het volledige formaat."
    )

    def add_arguments(self, parser):
        parser.add_argument("bestand", help="Pad naar het .jsonl-bestand")

    def handle(self, *args, **options):
        try:
            verslag = importeer(options["bestand"], stream=self.stderr._out)
        except ImportFout as fout:
            raise als_command_error(fout) from None
        self.stdout.write(self.style.SUCCESS(f"Import klaar: {verslag}."))
