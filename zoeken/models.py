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

__all__ = [
    "KlikMaand",
    "Omgangstaal",
    "Synoniemgroep",
    "ZoekDag",
    "ZoekDocument",
    "ZoekKlik",
    "ZoekMaand",
    "ZoekWoord",
]


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


class Omgangstaal(models.Model):
    """A phrase in everyday words and the legal terms it means ("oranje kaart" → "attest van
    immatriculatie"): a query holding the phrase also finds pages with one of the terms.
    One way only, unlike a synonym: searching the term does not look for the phrase."""

    uitdrukking = models.CharField(
        "Omgangstaal",
        max_length=200,
        help_text=(
            "Wat mensen intikken, in alledaagse woorden, bv. 'oranje kaart' of 'laten "
            "overkomen'. Meerdere schrijfwijzen mogen, gescheiden door komma's."
        ),
    )
    termen = models.TextField(
        "Vaktermen",
        help_text=(
            "De vaktermen die ermee bedoeld worden, gescheiden door komma's, bv. 'attest van "
            "immatriculatie'. Wie de uitdrukking intikt, vindt ook de pagina's met een van "
            "deze termen."
        ),
    )
    opmerking = models.CharField("Opmerking", max_length=300, blank=True)
    actief = models.BooleanField("Actief", default=True)
    voorstel = models.BooleanField(
        "Voorstel uit het zoekgedrag",
        default=False,
        help_text=(
            "Voorgesteld omdat wie deze woorden zocht, telkens op dezelfde pagina klikte. "
            "Telt pas mee wanneer een redacteur het nakijkt en op actief zet."
        ),
    )

    class Meta:
        verbose_name = "Omgangstaal"
        verbose_name_plural = "Omgangstaal"
        ordering = ["uitdrukking"]

    def __str__(self):
        return f"{self.uitdrukking} → {self.termen}"[:200]


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
    # the number of tokens of all four fields: the document length of BM25, which SQLite's
    # FTS5 keeps itself and PostgreSQL's ranking reads from here (backends.PostgresBackend)
    lengte = models.PositiveIntegerField(null=True, blank=True)
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


# --- the anonymous search log (zoeklog.py writes it) -----------------------------------------
# Per day (and summed per month): the normalised query, how often it was asked, how many
# results it had, how often a result was opened and which one at which position. Nothing
# else: no IP address, session, user or time of day.


class Zoektelling(models.Model):
    """What the log counts of one query in a period (ZoekDag: a day, ZoekMaand: a month)."""

    zoekterm = models.CharField(max_length=255)
    aantal = models.PositiveIntegerField("Aantal keer gezocht", default=0)
    resultaten = models.PositiveIntegerField("Aantal resultaten", default=0)
    geopend = models.PositiveIntegerField("Aantal keer een resultaat geopend", default=0)

    class Meta:
        abstract = True


class ZoekDag(Zoektelling):
    dag = models.DateField()

    class Meta:
        verbose_name = "Zoekopdracht per dag"
        verbose_name_plural = "Zoekopdrachten per dag"
        constraints = [
            models.UniqueConstraint(fields=["dag", "zoekterm"], name="zoeken_zoekdag_uniek")
        ]
        indexes = [
            # the content follow-up's lists (queries nobody opened a result of): the queries
            # of a period with a row never opened, then their rows of the period by query
            models.Index(fields=["geopend", "dag", "zoekterm"], name="zoeken_zoekdag_nul"),
            models.Index(
                fields=["zoekterm", "dag", "aantal", "resultaten", "geopend"],
                name="zoeken_zoekdag_term",
            ),
        ]

    def __str__(self):
        return f"{self.dag} {self.zoekterm}: {self.aantal}"


class ZoekMaand(Zoektelling):
    maand = models.DateField()  # its first day

    class Meta:
        verbose_name = "Zoekopdracht per maand"
        verbose_name_plural = "Zoekopdrachten per maand"
        constraints = [
            models.UniqueConstraint(fields=["maand", "zoekterm"], name="zoeken_zoekmaand_uniek")
        ]
        indexes = [
            # the content follow-up's lists (queries nobody opened a result of): the queries
            # of a period with a row never opened, then their rows of the period by query
            models.Index(fields=["geopend", "maand", "zoekterm"], name="zoeken_zoekmaand_nul"),
            models.Index(
                fields=["zoekterm", "maand", "aantal", "resultaten", "geopend"],
                name="zoeken_zoekmaand_term",
            ),
        ]

    def __str__(self):
        return f"{self.maand:%Y-%m} {self.zoekterm}: {self.aantal}"


class Kliktelling(models.Model):
    """How often a search led to a page (its path on the site): ZoekKlik, KlikMaand."""

    doel = models.CharField(max_length=500)
    aantal = models.PositiveIntegerField(default=0)

    class Meta:
        abstract = True


class ZoekKlik(Kliktelling):
    """A result opened: which one at which position, per day and query."""

    dag = models.DateField()
    zoekterm = models.CharField(max_length=255)
    positie = models.PositiveSmallIntegerField()

    class Meta:
        verbose_name = "Geopend zoekresultaat"
        verbose_name_plural = "Geopende zoekresultaten"
        constraints = [
            models.UniqueConstraint(
                fields=["dag", "zoekterm", "doel", "positie"], name="zoeken_zoekklik_uniek"
            )
        ]
        indexes = [
            models.Index(fields=["dag", "doel"], name="zoeken_zoekklik_doel"),
            # the content follow-up: the searches that led to each theme page in a period
            models.Index(fields=["doel", "dag", "aantal"], name="zoeken_zoekklik_pagina"),
        ]

    def __str__(self):
        return f"{self.dag} {self.zoekterm} -> {self.doel} ({self.positie})"


class KlikMaand(Kliktelling):
    """How often a search led to a page, per month."""

    maand = models.DateField()  # its first day

    class Meta:
        verbose_name = "Geopend zoekresultaat per maand"
        verbose_name_plural = "Geopende zoekresultaten per maand"
        constraints = [
            models.UniqueConstraint(fields=["maand", "doel"], name="zoeken_klikmaand_uniek")
        ]

    def __str__(self):
        return f"{self.maand:%Y-%m} {self.doel}: {self.aantal}"
