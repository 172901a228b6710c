from django.core.management.base import BaseCommand

from nieuwsbrief import leveringen, verzending
from nieuwsbrief.tasks import verzend_editie

from ._editie import haal_editie


class Command(BaseCommand):
    help = (
        "Zet een editie in de wachtrij voor alle ingeschreven abonnees van haar lijst "
        "(de db_worker verzendt ze), of verzendt meteen met --nu. Voor een editie die al "
        "verzonden wordt, hervat dit de verzending zonder iemand toe te voegen."
    )

    def add_arguments(self, parser):
        parser.add_argument("editie", help="id van de editie")
        parser.add_argument("--nu", action="store_true", help="verzend in de voorgrond")
        parser.add_argument("--tempo", type=float, help="berichten per seconde (0: onbeperkt)")

    def handle(self, *args, editie, nu=False, tempo=None, **options):
        editie = haal_editie(editie)
        aantal = leveringen.zet_in_wachtrij(editie)
        self.stdout.write(f"{aantal} leveringen voor '{editie.titel}' staan klaar.")
        if nu:
            r = verzending.verzend_tot_klaar(editie.pk, per_seconde=tempo)
            self.stdout.write(
                f"Verzonden: {r['verzonden']}, onbestelbaar: {r['onbestelbaar']}, "
                f"mislukt: {r['mislukt']}, niet meer ingeschreven: {r['geannuleerd']}."
            )
        else:
            verzend_editie.enqueue(editie.pk)
            self.stdout.write("In de wachtrij gezet; `manage.py db_worker` verzendt ze.")
