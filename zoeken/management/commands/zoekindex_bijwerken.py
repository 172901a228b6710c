"""Rebuild the site search index from every live page and what the apps registered
(zoeken.registratie: rechtspraak's judgments)."""

import time

from django.core.management.base import BaseCommand

from zoeken.registratie import soorten
from zoeken.signals import herindexeer_alles


class Command(BaseCommand):
    help = "Bouwt de zoekindex van de site opnieuw op (pagina's en rechtspraak)."

    def handle(self, *args, **options):
        start = time.monotonic()
        tellingen = herindexeer_alles()
        duur = time.monotonic() - start
        for sleutel, soort in soorten().items():
            self.stdout.write(f"{soort.label}: {tellingen.get(sleutel, 0)}")
        self.stdout.write(
            self.style.SUCCESS(
                f"Zoekindex opnieuw opgebouwd: {sum(tellingen.values())} documenten "
                f"in {duur:.1f} s."
            )
        )
