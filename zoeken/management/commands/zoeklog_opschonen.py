from django.core.management.base import BaseCommand

from zoeken import zoeklog


class Command(BaseCommand):
    help = (
        "Schrijft de getelde zoekopdrachten weg en verwijdert uit het zoeklogboek wat ouder is "
        "dan de bewaartermijn (ZOEKLOG_BEWAARTERMIJN_MAANDEN, standaard 13 maanden). "
        "Een periodieke taak."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--maanden",
            type=int,
            default=None,
            help="Bewaartermijn in maanden (anders de instelling).",
        )

    def handle(self, *args, **options):
        weg = zoeklog.opschonen(maanden=options["maanden"])
        eerste = zoeklog.grens(maanden=options["maanden"])
        self.stdout.write(
            self.style.SUCCESS(f"Zoeklogboek: {weg} rijen van vóór {eerste:%d-%m-%Y} verwijderd.")
        )
