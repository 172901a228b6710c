"""Import of the existing list: `email;lijsten;ingeschreven_op`, optionally `volgt` and
`frequentie` (what someone follows, see nieuwsbrief/volgen.py), all or nothing."""

import datetime

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from core.importing import ImportFout, als_command_error, lees_csv, tel_regels, voortgang
from nieuwsbrief.adressen import mailbaar_adres
from nieuwsbrief.lijsten import MAILINGS
from nieuwsbrief.models import Abonnee, Volg
from nieuwsbrief.rechtspraak import normaliseer_zoekopdracht
from nieuwsbrief.volgen import FREQUENTIES, sleutel_van

VOLGT_UITLEG = (
    "gebruik thema:<pad>, dossier:<pad>, instantie:<code of naam> of rechtspraak, gescheiden door |"
)


class Volgbaar:
    """What a `volgt` entry may name, read once: theme pages and dossiers by their pad (the
    web address without the home page, e.g. verblijf/gezinshereniging; a dossier also by its
    last part), courts by code, abbreviation or name."""

    def __init__(self):
        from kennisbank.models import DossierPagina, ThemaPagina
        from rechtspraak.models import Instantie, thema_pad

        self.thema = {thema_pad(t): t.pk for t in ThemaPagina.objects.only("pk", "url_path")}
        self.dossier = {}
        for d in DossierPagina.objects.only("pk", "url_path", "slug"):
            self.dossier.setdefault(d.slug, d.pk)
            self.dossier[thema_pad(d)] = d.pk
        self.instantie = {}
        for i in Instantie.objects.all():
            for naam in (i.code, i.afkorting, i.naam):
                self.instantie.setdefault(naam.lower(), i.pk)

    def keuze(self, regel, tekst):
        """[soort, waarde] for one entry; raises ImportFout naming the line."""
        soort, _, waarde = tekst.partition(":")
        soort, waarde = soort.strip().lower(), waarde.strip()
        if soort == "rechtspraak" and not waarde:
            return ["rechtspraak", ""]
        if soort == "zoekopdracht" and waarde:  # what nieuwsbrief_export writes for a search
            return ["zoekopdracht", normaliseer_zoekopdracht(waarde)]
        gevonden = {
            "thema": lambda: self.thema.get(waarde.strip("/").lower()),
            "dossier": lambda: self.dossier.get(waarde.strip("/").lower()),
            "instantie": lambda: self.instantie.get(waarde.lower()),
        }.get(soort, lambda: None)()
        if gevonden is None:
            raise ImportFout(regel, f"volgt {tekst!r} is onbekend: {VOLGT_UITLEG}")
        return [soort, gevonden]


def lees(pad):
    """Validated rows {email: (lijsten, datum)}; raises ImportFout naming the line."""
    rijen = {}
    volgbaar = Volgbaar()
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
        volgt = [
            volgbaar.keuze(regel, deel)
            for deel in (rij.get("volgt") or "").split("|")
            if deel.strip()
        ]
        onbekend = [c for c in lijsten if c not in MAILINGS]
        if not (lijsten or volgt) or onbekend:
            raise ImportFout(
                regel,
                f"lijsten {rij['lijsten']!r}: gebruik nieuwsbrief en/of rechtspraak, "
                "gescheiden door | (leeg mag alleen voor wie iets volgt)",
            )
        frequentie = (rij.get("frequentie") or "week").strip().lower()
        if frequentie not in FREQUENTIES:
            raise ImportFout(regel, f"frequentie {rij['frequentie']!r}: gebruik dag of week")
        if volgt:
            lijsten.append("meldingen")
        try:
            datum = datetime.date.fromisoformat(rij["ingeschreven_op"])
        except ValueError as exc:
            raise ImportFout(
                regel, f"ingeschreven_op {rij['ingeschreven_op']!r}: gebruik JJJJ-MM-DD"
            ) from exc
        rijen[email] = (lijsten, datum, regel, volgt, frequentie)
    return rijen


@transaction.atomic
def importeer(pad, stream=None):
    rijen = lees(pad)
    bestaand = set(Abonnee.objects.filter(email__in=rijen).values_list("email", flat=True))
    nieuw = []
    for email, (lijsten, datum, _, volgt, frequentie) in voortgang(
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
                f"(geïmporteerd op {timezone.localdate():%d-%m-%Y})"
                + (", met de meldingen over wat die lijst volgde." if volgt else "."),
                frequentie=frequentie,
                nieuwsbrief="nieuwsbrief" in lijsten,
                rechtspraak="rechtspraak" in lijsten,
                meldingen="meldingen" in lijsten,
            )
        )
    Abonnee.objects.bulk_create(nieuw, batch_size=2000)
    volgrijen = []
    for abonnee in nieuw:
        for soort, waarde in rijen[abonnee.email][3]:
            volgrijen.append(
                Volg(
                    abonnee_id=abonnee.pk,
                    soort=soort,
                    sleutel=sleutel_van(soort, waarde),
                    pagina_id=waarde if soort in ("thema", "dossier") else None,
                    instantie_id=waarde if soort == "instantie" else None,
                    zoekopdracht=waarde if soort == "zoekopdracht" else "",
                )
            )
    Volg.objects.bulk_create(volgrijen, batch_size=2000, ignore_conflicts=True)
    return len(nieuw), len(bestaand)


class Command(BaseCommand):
    help = (
        "Importeert abonnees uit een CSV-bestand (email;lijsten;ingeschreven_op, met "
        "optioneel volgt en frequentie). Alles of niets."
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
