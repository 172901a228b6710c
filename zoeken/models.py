"""The site search index and the editors' synonym list.

`ZoekDocument` holds one row per searchable thing (a page, a judgment) with its tokens per
field, already analysed in Python (analyse.py). The database only matches tokens:
- SQLite: an FTS5 table `kennisbank_zoekfts` (external content over this table, kept in
  step by triggers), created by kennisbank's migration 0003 when the database is SQLite;
- PostgreSQL: a narrow table `kennisbank_zoekvector` (kennisbank's migration 0006, filled by
  a trigger) with tsvectors per ranking tier (titel, kop, and alles: titel and extra weight A,
  samenvatting B, tekst C; 'simple' configuration over the tokens) and GIN indexes.
Neither the FTS table nor the vector table is a Django model: Django never writes them.

The tables keep the names they had when search lived inside kennisbank (its migrations
0003-0006 made them, with the FTS5 table, the triggers and the vector table): zoeken's
migration 0001 took the models over without touching the database.
"""

from django.db import models

__all__ = ["Synoniemgroep", "ZoekDocument", "ZoekWoord"]


class Synoniemgroep(models.Model):
    termen = models.TextField(
        "Termen",
        help_text=(
            "Termen en afkortingen die hetzelfde betekenen, gescheiden door komma's, bv. "
            "'RvV, Raad voor Vreemdelingenbetwistingen'. Wie naar één ervan zoekt, vindt ook "
            "de andere."
        ),
    )
    opmerking = models.CharField("Opmerking", max_length=200, blank=True)
    actief = models.BooleanField("Actief", default=True)

    class Meta:
        db_table = "kennisbank_synoniemgroep"
        verbose_name = "Synoniem"
        verbose_name_plural = "Synoniemen"
        ordering = ["termen"]

    def __str__(self):
        return " = ".join(t.strip() for t in self.termen.split(",") if t.strip())[:200]


class ZoekDocument(models.Model):
    bron = models.CharField(max_length=60)
    sleutel = models.CharField(max_length=100)
    type = models.CharField(max_length=20, db_index=True)
    titel = models.CharField(max_length=500)
    titel_norm = models.CharField(max_length=500, db_index=True)
    url = models.CharField(max_length=500)
    samenvatting = models.TextField(blank=True)
    tekst = models.TextField(blank=True)
    datum = models.DateField(null=True, blank=True)
    extra_termen = models.TextField(blank=True)
    tokens_titel = models.TextField(blank=True)
    tokens_samenvatting = models.TextField(blank=True)
    tokens_tekst = models.TextField(blank=True)
    tokens_extra = models.TextField(blank=True)
    bijgewerkt = models.DateTimeField(auto_now=True)

    class Meta:
        db_table = "kennisbank_zoekdocument"
        verbose_name = "Zoekdocument"
        verbose_name_plural = "Zoekdocumenten"
        constraints = [
            models.UniqueConstraint(fields=["bron", "sleutel"], name="zoekdocument_bron_sleutel")
        ]

    def __str__(self):
        return f"{self.titel} ({self.type})"


class ZoekWoord(models.Model):
    """The vocabulary of the index (folded words as written), for typo correction."""

    woord = models.CharField(max_length=60, primary_key=True)
    aantal = models.PositiveIntegerField(default=1)

    class Meta:
        db_table = "kennisbank_zoekwoord"
        verbose_name = "Zoekwoord"
        verbose_name_plural = "Zoekwoorden"

    def __str__(self):
        return self.woord
