"""Load the demo content of every app (idempotent) and make an admin login for `make run`."""

import importlib

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand

# Order matters: case law links to theme pages, the newsletter to news and case law.
APPS = ["kennisbank", "rechtspraak", "juridesk", "nieuwsbrief"]
ADMIN_USER = "admin"
ADMIN_PASSWORD = "vreemdelingenrecht"


class Command(BaseCommand):
    help = "Laadt de demo-inhoud van alle onderdelen en maakt een beheerder aan (alleen voor ontwikkeling)."

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
        User = get_user_model()
        user, created = User.objects.get_or_create(
            username=ADMIN_USER, defaults={"email": "admin@example.be"}
        )
        if created:
            user.is_superuser = True
            user.is_staff = True
            user.set_password(ADMIN_PASSWORD)
            user.save()
        self.stdout.write(
            self.style.SUCCESS(
                "\nDe site draait op http://127.0.0.1:8000/ — beheer op http://127.0.0.1:8000/admin/\n"
                f"Aanmelden als gebruiker '{ADMIN_USER}' met wachtwoord '{ADMIN_PASSWORD}'."
            )
        )
