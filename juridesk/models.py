"""The juridesk question log.

A `Vraag` keeps classifications only: no name, address or file number of the person
concerned (data minimisation). Every classification points at a `Waarde` of one list;
the lists are data, managed by the coordinators, and a retired value (actief=False)
disappears from the form but keeps counting in the history.
"""

from django.conf import settings
from django.db import models
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
            # One covering index for all the statistics: every table is a GROUP BY over
            # a date range that SQLite and PostgreSQL answer from this index alone.
            models.Index(
                fields=[
                    "datum",
                    "regio",
                    "categorie",
                    "sector",
                    "verblijfssituatie",
                    "nationaliteit",
                    "kanaal",
                    "lijn",
                    "dossier",
                ],
                name="juridesk_vraag_stats",
            ),
            models.Index(fields=["jurist", "datum"], name="juridesk_vraag_jurist"),
        ]

    def __str__(self):
        moment = timezone.localtime(self.datum) if self.datum else None
        tekst = f"Vraag {self.pk or 'nieuw'}"
        if moment:
            tekst += f" van {moment:%d-%m-%Y %H:%M}"
        return tekst

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        # The theme rows carry the question's date for fast statistics.
        VraagThema.objects.filter(vraag=self).exclude(datum=self.datum).update(datum=self.datum)

    def zet_themas(self, themas):
        """Set the themes; a sub-theme implies its top theme (counted once)."""
        ids = set()
        for thema in themas:
            ids.add(thema.pk)
            if thema.parent_id:
                ids.add(thema.parent_id)
        bestaand = set(VraagThema.objects.filter(vraag=self).values_list("thema_id", flat=True))
        VraagThema.objects.filter(vraag=self, thema_id__in=bestaand - ids).delete()
        VraagThema.objects.bulk_create(
            [VraagThema(vraag=self, thema_id=i, datum=self.datum) for i in sorted(ids - bestaand)]
        )

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
    datum = models.DateTimeField()

    class Meta:
        verbose_name = "Thema van een vraag"
        verbose_name_plural = "Thema's van vragen"
        constraints = [
            models.UniqueConstraint(fields=["vraag", "thema"], name="juridesk_vraagthema_uniek")
        ]
        indexes = [
            models.Index(fields=["datum", "thema", "vraag"], name="juridesk_vraagthema_stats")
        ]

    def __str__(self):
        return f"{self.vraag_id}: {self.thema_id}"
