"""Load the demo content of every app (idempotent), make a demo account per editorial role and
print every demo login at the end of `make run`."""

import importlib

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.auth.password_validation import validate_password
from django.core.management.base import BaseCommand

# Order matters: case law links to theme pages, the newsletter to news and case law, the
# annual report's trainings to dossier pages.
APPS = ["kennisbank", "rechtspraak", "juridesk", "nieuwsbrief", "jaarverslag", "inhoudsopvolging"]
DEMO_WACHTWOORD = "vreemdelingenrecht"
ADMIN_USER = "admin"
ADMIN_PASSWORD = DEMO_WACHTWOORD
MODERATOREN = "Moderatoren"
# (username, group, first name). Addresses outside the site's own domain: the password
# validator refuses a password that resembles the address (vreemdelingenrecht.be).
REDACTIE = [
    ("redacteur", "Redacteurs", "Redacteur"),
    ("moderator", MODERATOREN, "Moderator"),
]
# every demo login, in the order they are printed (apps make some of them: juridesk)
DEMO_GEBRUIKERS = [ADMIN_USER, "redacteur", "moderator", "jurist", "coordinator"]


def maak_account(username, groep=None, voornaam="", superuser=False):
    """A demo account with the demo password (made once; an existing one is left alone)."""
    User = get_user_model()
    user, created = User.objects.get_or_create(
        username=username,
        defaults={"email": f"{username}@example.be", "first_name": voornaam, "last_name": "Demo"},
    )
    if created:
        validate_password(DEMO_WACHTWOORD, user)
        user.is_superuser = user.is_staff = superuser
        user.set_password(DEMO_WACHTWOORD)
        user.save()
    if groep:
        user.groups.add(Group.objects.get(name=groep))
    return user


def rol(user):
    if user.is_superuser:
        return "beheerder (alle rechten)"
    return ", ".join(user.groups.order_by("name").values_list("name", flat=True)) or "-"


class Command(BaseCommand):
    help = (
        "Laadt de demo-inhoud van alle onderdelen, maakt demo-accounts per rol aan en drukt "
        "de aanmeldgegevens af (alleen voor ontwikkeling)."
    )

    def handle(self, *args, **options):
        for app in APPS:
            try:
                demo = importlib.import_module(f"{app}.demo")
            except ModuleNotFoundError as exc:
                if exc.name != f"{app}.demo":
                    raise
                continue
            samenvatting = demo.laad()
            self.stdout.write(f"{app}: {samenvatting}")
        maak_account(ADMIN_USER, superuser=True)
        for username, groep, voornaam in REDACTIE:
            maak_account(username, groep, voornaam)

        gebruikers = get_user_model().objects.in_bulk(DEMO_GEBRUIKERS, field_name="username")
        regels = [
            f"  {naam:<12} {DEMO_WACHTWOORD:<20} {rol(gebruikers[naam])}"
            for naam in DEMO_GEBRUIKERS
            if naam in gebruikers
        ]
        self.stdout.write(
            self.style.SUCCESS(
                "\nDe site draait op http://127.0.0.1:8000/ — beheer op http://127.0.0.1:8000/admin/\n"
                "Demo-aanmeldingen (alleen voor ontwikkeling):\n"
                f"  {'gebruiker':<12} {'wachtwoord':<20} rol\n" + "\n".join(regels)
            )
        )
