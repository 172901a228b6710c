from django.core.management.base import BaseCommand, CommandError

from nieuwsbrief.models import Abonnee, Melding, normaliseer_email


def wis(email):
    """Erase one address on request (GDPR art. 17). Delivery counts stay, without the address;
    what she followed goes (her follows, and which of them her past digests listed)."""
    Melding.objects.filter(levering__abonnee__email=normaliseer_email(email)).delete()
    aantal, _ = Abonnee.objects.filter(email=normaliseer_email(email)).delete()
    return aantal > 0


class Command(BaseCommand):
    help = "Wist één e-mailadres en alles wat erbij hoort (recht op gegevenswissing)."

    def add_arguments(self, parser):
        parser.add_argument("email")

    def handle(self, *args, email, **options):
        if not wis(email):
            raise CommandError(f"{email} staat niet in de lijst: er is niets gewist.")
        self.stdout.write(f"{normaliseer_email(email)} is gewist.")
