"""Rebuild the site search index from every live page (and the judgments, when the
rechtspraak app offers `rechtspraak.search.alle_zoekdocumenten`)."""

import time

from django.core.management.base import BaseCommand

from zoeken.index import TYPES
from zoeken.signals import herindexeer_alles


class Command(BaseCommand):
    help = "Bouwt de zoekindex van de site opnieuw op (pagina's en rechtspraak)."

    def handle(self, *args, **options):
        start = time.monotonic()
        tellingen = herindexeer_alles()
        duur = time.monotonic() - start
        for soort, label in TYPES.items():
            self.stdout.write(f"{label}: {tellingen.get(soort, 0)}")
        self.stdout.write(
            self.style.SUCCESS(
                f"Zoekindex opnieuw opgebouwd: {sum(tellingen.values())} documenten "
                f"in {duur:.1f} s."
            )
        )
