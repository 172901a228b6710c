"""The juridesk question log.

A `Vraag` keeps classifications only: no name, address or file number of the person
concerned (data minimisation). Every classification points at a `Waarde` of one list;
the lists are data, managed by the coordinators, and a retired value (actief=False)
disappears from the form but keeps counting in the history.
"""

from django.conf import settings
from django.db import models, transaction
from django.utils import timezone

from .lijsten import (
    AFHANDELING,
    CATEGORIE,
    DOSSIER,
    KANAAL,
    LIJN,
    LIJST_KEUZES,
    NATIONALITEIT,
    REGIO,
    SECTOR,
    THEMA,
    VERBLIJFSSITUATIE,
)


def lokale_dag(moment):
    return timezone.localtime(moment).date() if timezone.is_aware(moment) else moment.date()


class WaardeQuerySet(models.QuerySet):
    def lijst(self, naam):
        return self.filter(lijst=naam)

    def actief(self):
        return self.filter(actief=True)


class Waarde(models.Model):
    """One value of one classification list (a region, a theme, a country, ...)."""

    lijst = models.CharField("Lijst", max_length=20, choices=LIJST_KEUZES, db_index=True)
    code = models.SlugField("Code", max_length=60, allow_unicode=False)
    label = models.CharField("Label", max_length=200)
    volgorde = models.PositiveIntegerField(
        "Volgorde", default=0, help_text="Bepaalt de volgorde in het formulier en de tabellen."
    )
    actief = models.BooleanField(
        "Actief",
        default=True,
        help_text=(
            "Zet een waarde die niet meer gebruikt wordt op niet-actief: ze verdwijnt uit het "
            "formulier, maar oude vragen en statistieken behouden ze."
        ),
    )
    parent = models.ForeignKey(
        "self",
        verbose_name="Hoofdthema",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="subthemas",
        limit_choices_to={"lijst": THEMA, "parent__isnull": True},
        help_text="Alleen voor thema's: het hoofdthema waaronder dit subthema valt.",
    )

    objects = WaardeQuerySet.as_manager()

    class Meta:
        verbose_name = "Waarde van een lijst"
        verbose_name_plural = "Lijsten"
        ordering = ["lijst", "volgorde", "label"]
        constraints = [
            models.UniqueConstraint(fields=["lijst", "code"], name="juridesk_waarde_lijst_code")
        ]

    def __str__(self):
        if self.parent_id:
            return f"{self.parent.label} > {self.label}"
        return self.label

    def clean(self):
        from django.core.exceptions import ValidationError

        if self.parent_id and self.lijst != THEMA:
            raise ValidationError({"parent": "Alleen een thema kan een hoofdthema hebben."})
        if self.parent_id and self.parent_id == self.pk:
            raise ValidationError({"parent": "Een thema kan niet zijn eigen hoofdthema zijn."})


def _waarde(lijst, verbose_name):
    return models.ForeignKey(
        Waarde,
        verbose_name=verbose_name,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        limit_choices_to={"lijst": lijst},
    )


class Vraag(models.Model):
    datum = models.DateTimeField("Datum en uur", default=timezone.now, db_index=True)
    # The Brussels calendar day of `datum`, kept by save(): the daily counts group on it.
    dag = models.DateField("Dag", editable=False, db_index=True)
    kanaal = _waarde(KANAAL, "Kanaal")
    lijn = _waarde(LIJN, "Lijn")
    regio = _waarde(REGIO, "Regio van vraagsteller")
    categorie = _waarde(CATEGORIE, "Categorie vraagsteller")
    sector = _waarde(SECTOR, "Sector")
    themas = models.ManyToManyField(
        Waarde,
        through="VraagThema",
        related_name="vragen",
        blank=True,
        verbose_name="Thema's",
    )
    verblijfssituatie = _waarde(VERBLIJFSSITUATIE, "Verblijfssituatie")
    nationaliteit = _waarde(NATIONALITEIT, "Nationaliteit")
    dossier = _waarde(DOSSIER, "Dossier")
    afhandeling = _waarde(AFHANDELING, "Afhandeling")
    duur = models.PositiveSmallIntegerField("Duur (minuten)", null=True, blank=True)
    paginas = models.ManyToManyField(
        "wagtailcore.Page",
        through="VraagPagina",
        related_name="+",
        blank=True,
        verbose_name="Doorverwezen naar",
    )
    niet_beantwoord = models.BooleanField(
        "Niet (goed) beantwoord op de site",
        default=False,
        db_default=False,  # raw inserts (juridesk/genereer.py) need not name it
        help_text="De site gaf (nog) geen goed antwoord op deze vraag.",
    )
    ontbrekend = models.CharField(
        "Wat ontbrak op de site",
        max_length=500,
        blank=True,
        default="",
        db_default="",
        help_text=(
            "Kort: welke informatie de vraagsteller op de site niet vond. Geen namen, "
            "adressen of dossiernummers."
        ),
    )
    beschrijving = models.TextField(
        "Korte omschrijving van de vraag",
        blank=True,
        help_text=(
            "Geen namen, adressen, rijksregister- of dossiernummers: de omschrijving dient "
            "alleen voor statistiek en expertise."
        ),
    )
    jurist = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="Jurist",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="juridesk_vragen",
    )
    aangemaakt = models.DateTimeField("Geregistreerd op", auto_now_add=True)
    gewijzigd = models.DateTimeField("Gewijzigd op", auto_now=True)

    class Meta:
        verbose_name = "Juridesk-vraag"
        verbose_name_plural = "Juridesk-vragen"
        ordering = ["-datum", "-pk"]
        permissions = [
            ("statistieken_bekijken", "Kan de juridesk-statistieken bekijken"),
            ("vragen_exporteren", "Kan juridesk-vragen exporteren"),
        ]
        indexes = [
            # the logging screen: a jurist's questions of today, and their last one
            models.Index(fields=["jurist", "dag"], name="juridesk_vraag_jurist_dag"),
            models.Index(fields=["jurist", "aangemaakt"], name="juridesk_vraag_jurist_laatst"),
            # the content follow-up's notes: the few questions not (well) answered, per period
            # (with the note, so the question's row need not be read)
            models.Index(
                fields=["niet_beantwoord", "dag", "ontbrekend"], name="juridesk_vraag_notities"
            ),
        ]

    def __str__(self):
        moment = timezone.localtime(self.datum) if self.datum else None
        tekst = f"Vraag {self.pk or 'nieuw'}"
        if moment:
            tekst += f" van {moment:%d-%m-%Y %H:%M}"
        return tekst

    # The day this question had before its last save, when that moved it (else None): the
    # counts of that day change too (see tellingen.py, which keeps them).
    vorige_dag = None

    def save(self, *args, **kwargs):
        oude_dag = None
        if self.pk:
            oude_dag = Vraag.objects.filter(pk=self.pk).values_list("dag", flat=True).first()
        self.dag = lokale_dag(self.datum)
        self.vorige_dag = oude_dag if oude_dag != self.dag else None
        with transaction.atomic():
            super().save(*args, **kwargs)
            if self.vorige_dag:
                # The theme and page rows carry the question's day for the daily counts.
                VraagThema.objects.filter(vraag=self).update(dag=self.dag)
                VraagPagina.objects.filter(vraag=self).update(dag=self.dag)

    def zet_themas(self, themas):
        """Set the themes; a sub-theme implies its top theme (counted once)."""
        ids = set()
        for thema in themas:
            ids.add(thema.pk)
            if thema.parent_id:
                ids.add(thema.parent_id)
        self.themas.set(sorted(ids), through_defaults={"dag": self.dag})

    def zet_paginas(self, paginas):
        """Set the pages the caller was referred to (Page objects or ids)."""
        ids = sorted({getattr(p, "pk", p) for p in paginas})
        self.paginas.set(ids, through_defaults={"dag": self.dag})

    def thema_labels(self):
        themas = sorted(
            self.themas.all(), key=lambda t: (t.parent_id is not None, t.volgorde, t.label)
        )
        subs = [t for t in themas if t.parent_id]
        hoofd = {t.parent_id for t in subs}
        return ", ".join(str(t) for t in themas if t.parent_id or t.pk not in hoofd)

    thema_labels.short_description = "Thema's"


class VraagThema(models.Model):
    vraag = models.ForeignKey(Vraag, on_delete=models.CASCADE, related_name="vraagthemas")
    thema = models.ForeignKey(
        Waarde, on_delete=models.PROTECT, related_name="+", limit_choices_to={"lijst": THEMA}
    )
    dag = models.DateField()

    class Meta:
        verbose_name = "Thema van een vraag"
        verbose_name_plural = "Thema's van vragen"
        constraints = [
            models.UniqueConstraint(fields=["vraag", "thema"], name="juridesk_vraagthema_uniek")
        ]
        indexes = [models.Index(fields=["dag", "thema"], name="juridesk_vraagthema_dag")]

    def __str__(self):
        return f"{self.vraag_id}: {self.thema_id}"


class VraagPagina(models.Model):
    """A page of the site the jurist referred the caller to (a theme page, by preference)."""

    vraag = models.ForeignKey(Vraag, on_delete=models.CASCADE, related_name="vraagpaginas")
    pagina = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    dag = models.DateField()

    class Meta:
        verbose_name = "Pagina van een vraag"
        verbose_name_plural = "Pagina's van vragen"
        constraints = [
            models.UniqueConstraint(fields=["vraag", "pagina"], name="juridesk_vraagpagina_uniek")
        ]
        indexes = [models.Index(fields=["dag", "pagina"], name="juridesk_vraagpagina_dag")]

    def __str__(self):
        return f"{self.vraag_id}: {self.pagina_id}"


# What the page chooser offers for a theme link: juridesk imports no other app, so the
# theme page type is named by string (ARCHITECTURE.md, "Checked contracts").
THEMAPAGINA_MODEL = "kennisbank.ThemaPagina"


class ThemaKoppeling(models.Model):
    """A juridesk theme linked to a theme page of the site that answers it: the logging
    screen suggests the page for the theme, and the content follow-up counts the theme's
    questions on the page. Coordinators keep them (Juridesk > Themakoppelingen)."""

    thema = models.ForeignKey(
        Waarde,
        verbose_name="Juridesk-thema",
        on_delete=models.CASCADE,
        related_name="koppelingen",
        limit_choices_to={"lijst": THEMA},
    )
    pagina = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name="Themapagina",
        on_delete=models.CASCADE,
        related_name="+",
    )

    class Meta:
        verbose_name = "Themakoppeling"
        verbose_name_plural = "Themakoppelingen"
        ordering = ["thema__volgorde", "thema__label", "pagina__title"]
        constraints = [
            models.UniqueConstraint(
                fields=["thema", "pagina"], name="juridesk_themakoppeling_uniek"
            )
        ]

    def __str__(self):
        return f"{self.thema} → {self.pagina.title}"


class DagTelling(models.Model):
    """How many questions of one day carry one value of one list: the statistics sum these
    rows instead of counting questions, so a year costs the same at 9,000 or 1,000,000
    questions in the log. Kept by `tellingen.py` (their one owner) on every change; waarde 0
    is the empty field ("Niet ingevuld"). Two extra lists: "totaal" (all questions of the
    day) and "met_thema" (questions with at least one theme)."""

    dag = models.DateField()
    lijst = models.CharField(max_length=20)
    waarde = models.BigIntegerField()
    aantal = models.PositiveIntegerField()

    class Meta:
        verbose_name = "Dagtelling"
        verbose_name_plural = "Dagtellingen"
        constraints = [
            models.UniqueConstraint(
                fields=["dag", "lijst", "waarde"], name="juridesk_dagtelling_uniek"
            )
        ]
        indexes = [
            models.Index(
                fields=["dag", "lijst", "waarde", "aantal"], name="juridesk_dagtelling_dekkend"
            )
        ]

    def __str__(self):
        return f"{self.dag} {self.lijst} {self.waarde}: {self.aantal}"


class MaandTelling(models.Model):
    """The daily counts summed per calendar month (maand: its first day). A year of
    statistics reads twelve months of these plus the loose days at the edges."""

    maand = models.DateField()
    lijst = models.CharField(max_length=20)
    waarde = models.BigIntegerField()
    aantal = models.PositiveIntegerField()

    class Meta:
        verbose_name = "Maandtelling"
        verbose_name_plural = "Maandtellingen"
        constraints = [
            models.UniqueConstraint(
                fields=["maand", "lijst", "waarde"], name="juridesk_maandtelling_uniek"
            )
        ]
        indexes = [
            models.Index(
                fields=["maand", "lijst", "waarde", "aantal"],
                name="juridesk_maandtelling_dekkend",
            )
        ]

    def __str__(self):
        return f"{self.maand:%Y-%m} {self.lijst} {self.waarde}: {self.aantal}"


class PaginaDagTelling(models.Model):
    """How many questions of one day concern one page of the site, and how many of those the
    site did not (well) answer: a question counts once per page, whether it reaches the page
    through a theme link (`ThemaKoppeling`), a noted page (`VraagPagina`) or both. The content
    follow-up sums these rows instead of joining the questions. Kept by `tellingen.py` (their
    one owner) on every change of a question and of a theme link.

    `pagina` is a plain reference (no database constraint, nothing cascades): when a page is
    deleted, the rows of its links and notes go first and a recount would briefly see them;
    `tellingen.py` removes the page's rows once the page itself is gone."""

    dag = models.DateField()
    pagina = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.DO_NOTHING, db_constraint=False, related_name="+"
    )
    vragen = models.PositiveIntegerField()
    niet_beantwoord = models.PositiveIntegerField()

    class Meta:
        verbose_name = "Dagtelling per pagina"
        verbose_name_plural = "Dagtellingen per pagina"
        constraints = [
            models.UniqueConstraint(
                fields=["dag", "pagina"], name="juridesk_paginadagtelling_uniek"
            )
        ]
        indexes = [
            models.Index(
                fields=["dag", "pagina", "vragen", "niet_beantwoord"],
                name="juridesk_paginadag_dekkend",
            ),
        ]

    def __str__(self):
        return f"{self.dag} pagina {self.pagina_id}: {self.vragen} ({self.niet_beantwoord})"
