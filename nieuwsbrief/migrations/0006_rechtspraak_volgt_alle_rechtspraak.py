"""The case-law mailing's contacts follow "alle rechtspraak" (issue 14): each subscribed
address on that list gets the follow and weekly alerts, and stays on the monthly mailing (the
editors' selection with summaries, which they had and keep). Both mails can be stopped on
their own. Reversible: the follows this migration made are removed again."""

from django.db import migrations
from django.utils import timezone

REGEL = (
    "{datum}: volgt alle rechtspraak (wekelijkse meldingen), omgezet van de inschrijving op "
    "de rechtspraakmailing."
)


def zet_om(apps, schema_editor):
    Abonnee = apps.get_model("nieuwsbrief", "Abonnee")
    Volg = apps.get_model("nieuwsbrief", "Volg")
    regel = REGEL.format(datum=timezone.localdate().strftime("%d-%m-%Y"))
    abonnees = list(Abonnee.objects.filter(rechtspraak=True, status="ingeschreven"))
    Volg.objects.bulk_create(
        [Volg(abonnee=a, soort="rechtspraak", sleutel="rechtspraak") for a in abonnees],
        ignore_conflicts=True,
    )
    for abonnee in abonnees:
        abonnee.meldingen = True
        abonnee.toestemming = (abonnee.toestemming + "\n" + regel).strip()
    Abonnee.objects.bulk_update(abonnees, ["meldingen", "toestemming"], batch_size=1000)


def terug(apps, schema_editor):
    Volg = apps.get_model("nieuwsbrief", "Volg")
    Volg.objects.filter(soort="rechtspraak", abonnee__rechtspraak=True).delete()


class Migration(migrations.Migration):
    dependencies = [("nieuwsbrief", "0005_volgen")]

    operations = [migrations.RunPython(zet_om, terug)]
