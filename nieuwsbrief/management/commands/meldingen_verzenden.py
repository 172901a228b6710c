import datetime

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from nieuwsbrief import leveringen, verzending
from nieuwsbrief.meldingen import stel_op
from nieuwsbrief.tasks import verzend_editie


def _datum(waarde):
    try:
        return datetime.date.fromisoformat(waarde)
    except ValueError as exc:
        raise CommandError(f"--tot {waarde!r}: gebruik JJJJ-MM-DD, bv. 2026-11-30.") from exc


class Command(BaseCommand):
    help = (
        "Stelt de meldingen op over wat abonnees volgen (één mail per abonnee met iets nieuws) "
        "voor de dag of de week die eindigt op --tot (die dag inbegrepen; standaard vandaag) "
        "en zet ze in de wachtrij. Opnieuw draaien voor dezelfde periode stelt niets opnieuw "
        "op en hervat alleen de verzending."
    )

    def add_arguments(self, parser):
        parser.add_argument("--periode", choices=["dag", "week"], required=True)
        parser.add_argument("--tot", type=_datum, help="laatste dag van de periode (JJJJ-MM-DD)")
        parser.add_argument("--nu", action="store_true", help="verzend in de voorgrond")

    def handle(self, *args, periode, tot=None, nu=False, **options):
        tot = tot or timezone.localdate()
        ronde, nieuw = stel_op(periode, tot)
        if ronde is None:
            self.stdout.write("Niets nieuws in wat abonnees volgen: geen meldingen.")
            return
        editie = ronde.editie
        aantal = editie.leveringen.count()
        if nieuw:
            self.stdout.write(f"{aantal} meldingen opgesteld voor '{editie.titel}'.")
        else:
            self.stdout.write(
                f"De meldingen voor '{editie.titel}' waren al opgesteld ({aantal}); "
                "de verzending wordt hervat."
            )
        if nu:
            r = verzending.verzend_tot_klaar(editie.pk)
            self.stdout.write(
                f"Verzonden: {r['verzonden']}, onbestelbaar: {r['onbestelbaar']}, "
                f"mislukt: {r['mislukt']}, niet meer ingeschreven: {r['geannuleerd']}."
            )
        elif leveringen.open_werk(editie.pk):
            verzend_editie.enqueue(editie.pk)
            self.stdout.write("In de wachtrij gezet; `manage.py db_worker` verzendt ze.")
        else:
            leveringen.rond_af_als_klaar(editie.pk)
