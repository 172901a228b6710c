"""What the chapter "Juridische dienstverlening" counts besides the site and the juridesk:
trainings (`Vorming`), coaching (`Begeleiding` with its dated `Activiteit`en), the sectors
both are counted by (`Sector`, data), and the figures that come from outside the site
(`ExterneCijfers`, entered per year with their source). No personal data: a training keeps
its number of participants, never their names."""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel

from .lijsten import ActiviteitSoort, BegeleidingSoort, VormingSoort


def _datum_panel():
    # The browser's own date field: keyboard and screen-reader friendly, unlike the
    # admin's pop-up date picker (its month buttons carry no name).
    return FieldPanel("datum", widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"))


class Sector(models.Model):
    label = models.CharField("Label", max_length=120, unique=True)
    volgorde = models.PositiveIntegerField(
        "Volgorde", default=0, help_text="Bepaalt de volgorde in het formulier en de tabellen."
    )
    actief = models.BooleanField(
        "Actief",
        default=True,
        help_text=(
            "Een sector die niet meer gebruikt wordt op niet-actief zetten: hij verdwijnt uit "
            "het formulier, oude vormingen en begeleidingen behouden hem."
        ),
    )

    class Meta:
        verbose_name = "Sector (vormingen en begeleidingen)"
        verbose_name_plural = "Sectoren (vormingen en begeleidingen)"
        ordering = ["volgorde", "label"]

    def __str__(self):
        return self.label


def _sector():
    return models.ForeignKey(
        Sector,
        verbose_name="Sector",
        on_delete=models.PROTECT,
        related_name="+",
        limit_choices_to={"actief": True},
    )


class Vorming(models.Model):
    datum = models.DateField("Datum", db_index=True)
    titel = models.CharField("Titel", max_length=255)
    soort = models.CharField("Soort", max_length=40, choices=VormingSoort.choices)
    sector = _sector()
    partner = models.CharField(
        "Partner",
        max_length=200,
        blank=True,
        help_text="Bv. VVSG of Burgerzaken Vlaanderen bij het open aanbod voor lokale besturen.",
    )
    lijn = models.ForeignKey(
        "juridesk.Waarde",
        verbose_name="Lijn",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        limit_choices_to={"lijst": "lijn"},
    )
    themas = models.ManyToManyField(
        "juridesk.Waarde",
        verbose_name="Thema's",
        blank=True,
        related_name="vormingen",
        limit_choices_to={"lijst": "thema"},
    )
    dossier = models.ForeignKey(
        "kennisbank.DossierPagina",
        verbose_name="Dossier",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="vormingen",
    )
    deelnemers = models.PositiveIntegerField("Ingeschreven deelnemers")
    lokale_besturen = models.PositiveIntegerField(
        "Van wie uit lokale besturen", null=True, blank=True
    )

    panels = [
        FieldRowPanel([_datum_panel(), FieldPanel("soort")]),
        FieldPanel("titel"),
        FieldRowPanel([FieldPanel("sector"), FieldPanel("partner")]),
        FieldRowPanel([FieldPanel("lijn"), FieldPanel("dossier")]),
        FieldPanel("themas"),
        FieldRowPanel([FieldPanel("deelnemers"), FieldPanel("lokale_besturen")]),
    ]

    class Meta:
        verbose_name = "Vorming"
        verbose_name_plural = "Vormingen"
        ordering = ["-datum", "titel"]

    def __str__(self):
        return f"{self.titel} ({self.datum:%d-%m-%Y})" if self.datum else self.titel

    @property
    def extern(self):
        return self.soort != VormingSoort.INTERN

    def clean(self):
        super().clean()
        if (
            self.lokale_besturen is not None
            and self.deelnemers is not None
            and self.lokale_besturen > self.deelnemers
        ):
            raise ValidationError(
                {"lokale_besturen": "Niet meer deelnemers uit lokale besturen dan deelnemers."}
            )


class Begeleiding(ClusterableModel):
    titel = models.CharField("Titel", max_length=255, unique=True)
    soort = models.CharField("Soort", max_length=40, choices=BegeleidingSoort.choices)
    sector = _sector()
    partners = models.TextField(
        "Partnerorganisaties", blank=True, help_text="Eén organisatie per regel."
    )

    panels = [
        FieldPanel("titel"),
        FieldRowPanel([FieldPanel("soort"), FieldPanel("sector")]),
        FieldPanel("partners"),
        InlinePanel("activiteiten", heading="Activiteiten", label="Activiteit", min_num=1),
    ]

    class Meta:
        verbose_name = "Begeleiding"
        verbose_name_plural = "Begeleidingen"
        ordering = ["titel"]

    def __str__(self):
        return self.titel


class Activiteit(models.Model):
    """One dated activity of a coaching: it counts in the year of its date."""

    begeleiding = ParentalKey(Begeleiding, on_delete=models.CASCADE, related_name="activiteiten")
    datum = models.DateField("Datum", db_index=True)
    soort = models.CharField("Soort", max_length=20, choices=ActiviteitSoort.choices)
    omschrijving = models.CharField("Omschrijving", max_length=255, blank=True)

    panels = [FieldRowPanel([_datum_panel(), FieldPanel("soort")]), FieldPanel("omschrijving")]

    class Meta:
        verbose_name = "Activiteit"
        verbose_name_plural = "Activiteiten"
        ordering = ["datum", "pk"]

    def __str__(self):
        return f"{self.get_soort_display()} {self.datum:%d-%m-%Y}"


def _getal(label):
    return models.PositiveIntegerField(label, null=True, blank=True)


def _bron():
    return models.CharField(
        "Bron", max_length=255, blank=True, help_text="Waar het cijfer vandaan komt."
    )


class ExterneCijfers(models.Model):
    """The year's figures that do not come from this software, as the coordinator enters
    them, each group with its source."""

    jaar = models.PositiveSmallIntegerField("Jaar", unique=True)
    unieke_gebruikers = _getal("Unieke gebruikers")
    sessies = _getal("Sessies")
    gebeurtenissen = _getal("Gebeurtenissen")
    paginaweergaven = _getal("Paginaweergaven")
    bron_website = _bron()
    tijdschrift_nummers = _getal("Nummers van het Tijdschrift voor Vreemdelingenrecht")
    tijdschrift_paginas = _getal("Pagina's van het tijdschrift")
    tijdschrift_abonnees = _getal("Abonnees van het tijdschrift")
    bron_tijdschrift = _bron()
    andere_publicaties = models.TextField(
        "Andere publicaties", blank=True, help_text="Eén publicatie per regel."
    )
    bron_andere = _bron()

    panels = [
        FieldPanel("jaar"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("unieke_gebruikers"), FieldPanel("sessies")]),
                FieldRowPanel([FieldPanel("gebeurtenissen"), FieldPanel("paginaweergaven")]),
                FieldPanel("bron_website"),
            ],
            heading="Website (webstatistieken)",
        ),
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [
                        FieldPanel("tijdschrift_nummers"),
                        FieldPanel("tijdschrift_paginas"),
                        FieldPanel("tijdschrift_abonnees"),
                    ]
                ),
                FieldPanel("bron_tijdschrift"),
            ],
            heading="Tijdschrift voor Vreemdelingenrecht",
        ),
        MultiFieldPanel(
            [FieldPanel("andere_publicaties"), FieldPanel("bron_andere")],
            heading="Andere publicaties",
        ),
    ]

    class Meta:
        verbose_name = "Cijfers van buiten de site"
        verbose_name_plural = "Cijfers van buiten de site"
        ordering = ["-jaar"]
        permissions = [("jaarverslag_maken", "Kan het jaarverslag bekijken en maken")]

    def __str__(self):
        return f"Cijfers van buiten de site {self.jaar}"

    VELDEN = [
        "unieke_gebruikers",
        "sessies",
        "gebeurtenissen",
        "paginaweergaven",
        "bron_website",
        "tijdschrift_nummers",
        "tijdschrift_paginas",
        "tijdschrift_abonnees",
        "bron_tijdschrift",
        "andere_publicaties",
        "bron_andere",
    ]

    def als_dict(self):
        return {veld: getattr(self, veld) for veld in self.VELDEN}
