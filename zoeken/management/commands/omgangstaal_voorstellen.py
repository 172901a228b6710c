from django.core.management.base import BaseCommand

from zoeken import voorstellen


class Command(BaseCommand):
    help = (
        "Stelt omgangstaal voor uit het zoeklogboek: zoekopdrachten waarvan de geopende "
        "resultaten bijna allemaal naar één pagina gaan die de gezochte woorden niet bevat. "
        "De voorstellen staan uit tot een redacteur ze nakijkt (beheer > Omgangstaal). "
        "Een periodieke taak."
    )

    def add_arguments(self, parser):
        parser.add_argument("--dagen", type=int, default=voorstellen.DAGEN)

    def handle(self, *args, **options):
        nieuw = voorstellen.stel_voor(dagen=options["dagen"])
        for voorstel in nieuw:
            self.stdout.write(f"  {voorstel.uitdrukking} → {voorstel.termen}")
        self.stdout.write(self.style.SUCCESS(f"{len(nieuw)} voorstel(len) omgangstaal."))
