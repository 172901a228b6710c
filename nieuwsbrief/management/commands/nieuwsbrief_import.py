"""Import of the existing list: `email;lijsten;ingeschreven_op`, all or nothing."""

import datetime

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from core.importing import ImportFout, als_command_error, lees_csv, tel_regels, voortgang
from nieuwsbrief.adressen import mailbaar_adres
from nieuwsbrief.models import LIJSTEN, Abonnee


def lees(pad):
    """Validated rows {email: (lijsten, datum)}; raises ImportFout naming the line."""
    rijen = {}
    for regel, rij in lees_csv(pad, ["email", "lijsten", "ingeschreven_op"]):
        try:
            email = mailbaar_adres(rij["email"])  # as the mailer will send it
        except ValidationError as exc:
            raise ImportFout(
                regel, f"ongeldig e-mailadres {rij['email']!r}: {exc.messages[0]}"
            ) from exc
        if email in rijen:
            raise ImportFout(regel, f"{email} staat al op regel {rijen[email][2]}")
        lijsten = [c.strip() for c in rij["lijsten"].split("|") if c.strip()]
        onbekend = [c for c in lijsten if c not in LIJSTEN]
        if not lijsten or onbekend:
            raise ImportFout(
                regel,
                f"lijsten {rij['lijsten']!r}: gebruik nieuwsbrief en/of rechtspraak, "
                "gescheiden door |",
            )
        try:
            datum = datetime.date.fromisoformat(rij["ingeschreven_op"])
        except ValueError as exc:
            raise ImportFout(
                regel, f"ingeschreven_op {rij['ingeschreven_op']!r}: gebruik JJJJ-MM-DD"
            ) from exc
        rijen[email] = (lijsten, datum, regel)
    return rijen


@transaction.atomic
def importeer(pad, stream=None):
    rijen = lees(pad)
    bestaand = set(Abonnee.objects.filter(email__in=rijen).values_list("email", flat=True))
    nieuw = []
    for email, (lijsten, datum, _) in voortgang(
        rijen.items(), total=len(rijen), desc="abonnees", stream=stream
    ):
        if email in bestaand:
            continue
        moment = timezone.make_aware(datetime.datetime.combine(datum, datetime.time(12)))
        nieuw.append(
            Abonnee(
                email=email,
                status=Abonnee.Status.INGESCHREVEN,
                bron=Abonnee.Bron.IMPORT,
                aangevraagd_op=moment,
                toestemming_op=moment,
                toestemming=f"Ingeschreven op {datum:%d-%m-%Y} volgens de vorige lijst "
                f"(geïmporteerd op {timezone.localdate():%d-%m-%Y}).",
                **{code: code in lijsten for code in LIJSTEN},
            )
        )
    Abonnee.objects.bulk_create(nieuw, batch_size=2000)
    return len(nieuw), len(bestaand)


class Command(BaseCommand):
    help = (
        "Importeert abonnees uit een CSV-bestand (email;lijsten;ingeschreven_op). Alles of niets."
    )

    def add_arguments(self, parser):
        parser.add_argument("bestand")

    def handle(self, *args, bestand, **options):
        try:
            tel_regels(bestand)
            nieuw, bestaand = importeer(bestand)
        except (ImportFout, FileNotFoundError) as fout:
            if isinstance(fout, FileNotFoundError):
                fout = ImportFout(0, f"bestand {bestand} bestaat niet")
            raise als_command_error(fout) from fout
        self.stdout.write(
            f"{nieuw} abonnees geïmporteerd; {bestaand} stonden er al in en bleven ongewijzigd."
        )
