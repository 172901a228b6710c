import datetime

from django.core.management.base import BaseCommand, CommandError

from nieuwsbrief.models import Editie
from nieuwsbrief.opstellen import stel_op


def datum(waarde):
    try:
        return datetime.date.fromisoformat(waarde)
    except ValueError as exc:
        raise CommandError(f"--sinds: geen geldige datum {waarde!r}; gebruik JJJJ-MM-DD.") from exc


class Command(BaseCommand):
    help = (
        "Stelt een conceptuitgave op met wat sinds de vorige uitgave gepubliceerd is. "
        "De laatste regel is het id van de nieuwe editie."
    )

    def add_arguments(self, parser):
        parser.add_argument("--sinds", type=str, help="JJJJ-MM-DD (standaard: de vorige editie)")
        parser.add_argument(
            "--soort",
            choices=[c for c, _ in Editie.Soort.choices],
            default=Editie.Soort.NIEUWSBRIEF,
            help="nieuwsbrief (standaard) of rechtspraak",
        )

    def handle(self, *args, sinds=None, soort=None, **options):
        editie = stel_op(soort, datum(sinds) if sinds else None)
        aantal = editie.nieuws_items.count() + editie.uitspraak_items.count()
        self.stdout.write(f"Concept '{editie.titel}' opgesteld met {aantal} berichten.")
        self.stdout.write(str(editie.pk))
