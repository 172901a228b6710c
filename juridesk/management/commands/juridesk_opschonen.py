"""Clear the free-text descriptions of old questions (GDPR storage limitation); the
classifications stay, so the statistics of those years do not change."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from juridesk.models import Vraag

STANDAARD_JAREN = 2


def schoon_op(jaren, vandaag=None):
    """Empty the descriptions of questions older than `jaren` years; returns how many."""
    vandaag = vandaag or timezone.localdate()
    try:
        grens = vandaag.replace(year=vandaag.year - jaren)
    except ValueError:  # 29 February
        grens = vandaag.replace(year=vandaag.year - jaren, day=28)
    return (
        Vraag.objects.filter(dag__lt=grens)
        .exclude(beschrijving="")
        .update(beschrijving="", gewijzigd=timezone.now())
    ), grens


class Command(BaseCommand):
    help = (
        "Wist de omschrijving van juridesk-vragen ouder dan een aantal jaren "
        "(instelling JURIDESK_OMSCHRIJVING_BEWAREN_JAREN); de classificaties blijven."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--jaren",
            type=int,
            default=None,
            help="Bewaartermijn in jaren (standaard de instelling, anders 2).",
        )

    def handle(self, *args, **options):
        jaren = options["jaren"]
        if jaren is None:
            jaren = getattr(settings, "JURIDESK_OMSCHRIJVING_BEWAREN_JAREN", STANDAARD_JAREN)
        if jaren < 0:
            raise CommandError("--jaren moet 0 of meer zijn.")
        aantal, grens = schoon_op(jaren)
        self.stdout.write(
            f"Omschrijving gewist bij {aantal} vragen van voor {grens:%d-%m-%Y} "
            f"(bewaartermijn {jaren} jaar)."
        )
