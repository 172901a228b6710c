from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from nieuwsbrief.postvak import verwerk_postvak


class Command(BaseCommand):
    help = (
        "Leest het bouncepostvak (mbox-bestand of Maildir-map): harde bounces en klachten "
        "deactiveren het adres, afmeldingen per mail schrijven uit. Bv. elke 10 minuten via cron."
    )

    def add_arguments(self, parser):
        parser.add_argument("postvak", help="pad naar een mbox-bestand of een Maildir-map")
        parser.add_argument("--verwijder", action="store_true", help="verwerkte berichten wissen")

    def handle(self, *args, postvak, verwijder=False, **options):
        if not Path(postvak).exists():
            raise CommandError(f"Postvak {postvak} bestaat niet.")
        resultaat = verwerk_postvak(postvak, verwijder=verwijder)
        per_soort = {}
        for soort, _ in resultaat:
            per_soort[soort] = per_soort.get(soort, 0) + 1
        self.stdout.write(
            f"Bounces: {per_soort.get('bounce', 0)}, klachten: {per_soort.get('klacht', 0)}, "
            f"afmeldingen: {per_soort.get('afmelding', 0)}."
        )
