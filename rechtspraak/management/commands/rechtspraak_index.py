from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from core.importing import voortgang
from rechtspraak import documents
from rechtspraak.indexering import bulk_indexeer, verhoog_generatie
from rechtspraak.models import Uitspraak


def herbouw_database_index():
    """Rebuild the database's own full-text index (SQLite FTS5; PostgreSQL needs nothing)."""
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute(
                "INSERT INTO rechtspraak_uitspraak_fts(rechtspraak_uitspraak_fts) VALUES ('rebuild')"
            )
    verhoog_generatie()


class Command(BaseCommand):
    help = (
        "Herbouwt de Elasticsearch-index van de rechtspraak (als ELASTICSEARCH_URL is ingesteld), "
        "anders de zoekindex in de database; met --site ook de items in de zoekfunctie van de site."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--site",
            action="store_true",
            help="ook de uitspraken in de sitezoekfunctie opnieuw indexeren",
        )

    def handle(self, *args, **options):
        live = (
            Uitspraak.objects.filter(live=True)
            .select_related("instantie")
            .prefetch_related("themas")
        )
        if settings.ELASTICSEARCH_URL:
            balk = voortgang(None, total=live.count(), desc="elasticsearch")
            try:
                aantal = documents.herbouw(live, voortgang=balk.update)
            except Exception as exc:
                raise CommandError(
                    f"Elasticsearch op {settings.ELASTICSEARCH_URL} is niet bereikbaar of weigert: {exc}"
                ) from exc
            finally:
                balk.close()
            self.stdout.write(
                self.style.SUCCESS(
                    f"Elasticsearch-index {documents.index_naam()} herbouwd: {aantal} uitspraken."
                )
            )
        else:
            self.stdout.write(
                "Er is geen Elasticsearch ingesteld (ELASTICSEARCH_URL is leeg): "
                "de rechtspraak wordt doorzocht via de database. Ik herbouw die zoekindex."
            )
            herbouw_database_index()
            self.stdout.write(
                self.style.SUCCESS(
                    f"Zoekindex in de database ({connection.vendor}) herbouwd voor "
                    f"{Uitspraak.objects.count()} uitspraken."
                )
            )
        if options["site"]:
            pks = list(live.values_list("pk", flat=True))
            bulk_indexeer(pks)
            self.stdout.write(f"{len(pks)} uitspraken opnieuw in de sitezoekfunctie gezet.")
