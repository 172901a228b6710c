"""The case-law database: courts (Instantie) and judgments (Uitspraak).

A judgment is a Wagtail snippet with drafts, revisions, locking, preview and the moderation
workflow, not a page: the database holds many thousands of them (100,000 at stress size) and
they are bulk-imported, which the page tree could not take. Only live judgments are public.

Full text: `zoek_kop` and `zoek_tekst` hold the analysed tokens (zoeken.analyse)
of the judgment; the database keeps its own full-text index over them in step by itself
(SQLite: an FTS5 table with triggers, migration 0002; PostgreSQL: a narrow table of
tsvectors with GIN indexes, filled by a trigger, migration 0007), so bulk inserts and
updates stay searchable."""

import datetime

from django import forms
from django.conf import settings
from django.contrib.contenttypes.fields import GenericRelation
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import models
from django.urls import reverse
from django.utils.text import slugify
from modelcluster.fields import ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    PreviewableMixin,
    RevisionMixin,
    WorkflowMixin,
)

from zoeken.analyse import analyseer

from .ecli import normaliseer_ecli, normaliseer_nummer, valideer_ecli


class Instantie(models.Model):
    """A court or tribunal, from a list that editors can extend."""

    code = models.SlugField(
        "Code",
        max_length=40,
        unique=True,
        help_text="Korte code in webadressen en filters, bv. rvv. Niet meer wijzigen na gebruik.",
    )
    naam = models.CharField("Naam", max_length=120, unique=True)
    afkorting = models.CharField(
        "Afkorting", max_length=40, help_text="Zoals in verwijzingen, bv. RvV of Arbh. Brussel."
    )
    volgorde = models.PositiveSmallIntegerField(
        "Volgorde", default=100, help_text="Lager staat hoger in lijsten."
    )

    class Meta:
        verbose_name = "Instantie"
        verbose_name_plural = "Instanties"
        ordering = ["volgorde", "naam"]

    def __str__(self):
        return self.naam


WEBADRES_FOUT = "Geef een webadres dat begint met http:// of https://, bv. https://juportal.be/…."
valideer_bron_url = URLValidator(schemes=["http", "https"], message=WEBADRES_FOUT)


class WebadresFormulierveld(forms.URLField):
    default_validators = [valideer_bron_url]
    default_error_messages = {"invalid": WEBADRES_FOUT}


class Webadresveld(models.URLField):
    """A web address a reader can open: http or https only (no javascript:, no ftp:),
    refused with the same Dutch message in the admin form and in model validation."""

    default_validators = [valideer_bron_url]
    default_error_messages = {"invalid": WEBADRES_FOUT}

    def formfield(self, **kwargs):
        return super().formfield(**{"form_class": WebadresFormulierveld, **kwargs})


class Soort(models.TextChoices):
    ARREST = "arrest", "Arrest"
    VONNIS = "vonnis", "Vonnis"
    BESCHIKKING = "beschikking", "Beschikking"
    BESLISSING = "beslissing", "Beslissing"
    ADVIES = "advies", "Advies"


class Taal(models.TextChoices):
    NL = "nl", "Nederlands"
    FR = "fr", "Frans"
    EN = "en", "Engels"
    DE = "de", "Duits"


def thema_pad(thema) -> str:
    """A theme page's "pad": its url_path without the home page ("verblijf/gezinshereniging")."""
    delen = (thema.url_path or "").strip("/").split("/", 1)
    return delen[1] if len(delen) == 2 else ""


class Uitspraak(
    WorkflowMixin,
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    PreviewableMixin,
    ClusterableModel,
):
    titel = models.CharField(
        "Titel",
        max_length=255,
        help_text="Eén regel met de kern, bv. 'Gezinshereniging: bestaansmiddelen van de Belg'.",
    )
    slug = models.SlugField("Slug", max_length=80, editable=False, blank=True)
    instantie = models.ForeignKey(
        Instantie, on_delete=models.PROTECT, related_name="uitspraken", verbose_name="Instantie"
    )
    kamer = models.CharField("Kamer", max_length=80, blank=True, help_text="Bv. IIIe kamer.")
    datum = models.DateField("Datum van de uitspraak")
    jaar = models.PositiveSmallIntegerField("Jaar", editable=False, default=0)
    gepubliceerd_op = models.DateField(
        "Gepubliceerd op vreemdelingenrecht.be",
        default=datetime.date.today,
        help_text="Bepaalt de volgorde in de feed van nieuwe rechtspraak.",
    )
    nummer = models.CharField(
        "Nummer", max_length=60, help_text="Zoals de instantie het vermeldt, bv. 301 234."
    )
    nummer_norm = models.CharField(max_length=40, editable=False, blank=True, db_index=True)
    ecli = models.CharField(
        "ECLI",
        max_length=64,
        unique=True,
        null=True,
        blank=True,
        validators=[valideer_ecli],
        help_text="Bv. ECLI:BE:RVV:2024:ARR.301234. Leeg laten als er geen is.",
    )
    soort = models.CharField("Soort", max_length=20, choices=Soort.choices, default=Soort.ARREST)
    taal = models.CharField("Taal", max_length=2, choices=Taal.choices, default=Taal.NL)
    themas = ParentalManyToManyField(
        "kennisbank.ThemaPagina",
        blank=True,
        related_name="uitspraken",
        verbose_name="Themapagina's",
    )
    dossiers = ParentalManyToManyField(
        "kennisbank.DossierPagina",
        blank=True,
        related_name="uitspraken",
        verbose_name="Dossiers",
    )
    trefwoorden = models.CharField(
        "Trefwoorden", max_length=500, blank=True, help_text="Gescheiden door komma's."
    )
    samenvatting = models.TextField("Samenvatting")
    tekst = models.TextField(
        "Volledige tekst",
        blank=True,
        help_text="Plak de tekst, of laat leeg en voeg een pdf toe: de tekst wordt eruit gehaald.",
    )
    pdf = models.ForeignKey(
        "wagtaildocs.Document",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name="Pdf van de uitspraak",
    )
    wetgeving = models.TextField(
        "Toegepaste wetgeving",
        blank=True,
        help_text="Eén bepaling per regel, bv. art. 40ter Vreemdelingenwet.",
    )
    bron_url = Webadresveld(
        "Bron (webadres)",
        max_length=500,
        blank=True,
        help_text=(
            "Waar de uitspraak zelf staat: de site van de instantie of Juportal, bv. "
            "https://juportal.be/content/ECLI:BE:RVV:2024:ARR.301234/NL. Leeg laten als er "
            "geen is."
        ),
    )
    gerelateerde_uitspraken = ParentalManyToManyField(
        "self",
        symmetrical=False,
        blank=True,
        related_name="vermeld_bij",
        verbose_name="Verwante uitspraken (beroep, cassatie, ...)",
    )
    zoek_kop = models.TextField(editable=False, blank=True, default="")
    zoek_tekst = models.TextField(editable=False, blank=True, default="")

    revisions = GenericRelation(
        "wagtailcore.Revision",
        content_type_field="base_content_type",
        object_id_field="object_id",
        related_query_name="uitspraak",
        for_concrete_model=False,
    )
    workflow_states = GenericRelation(
        "wagtailcore.WorkflowState",
        content_type_field="base_content_type",
        object_id_field="object_id",
        related_query_name="uitspraak",
        for_concrete_model=False,
    )

    class Meta:
        verbose_name = "Uitspraak"
        verbose_name_plural = "Uitspraken"
        ordering = ["-datum", "-pk"]
        indexes = [
            # the date order of the live judgments (kolommen.py) and the newest-first lists
            models.Index(fields=["live", "datum"], name="uitspraak_live_datum_kort"),
            models.Index(fields=["live", "instantie", "datum"], name="uitspraak_live_instantie"),
            models.Index(fields=["live", "gepubliceerd_op"], name="uitspraak_live_publicatie"),
            models.Index(fields=["instantie", "nummer_norm"], name="uitspraak_instantie_nummer"),
        ]

    def __str__(self):
        return self.titel

    # --- derived fields -------------------------------------------------------------
    ZOEK_BRONNEN = {
        "titel",
        "samenvatting",
        "trefwoorden",
        "wetgeving",
        "tekst",
        "ecli",
        "nummer",
        "instantie",
        "kamer",
        "datum",
        "pdf",
    }

    @property
    def bron_site(self):
        """The source link's site as readers know it ("juportal.be", "rvv-cce.be")."""
        from urllib.parse import urlsplit

        host = urlsplit(self.bron_url or "").hostname or ""
        return host.removeprefix("www.")

    @property
    def trefwoorden_lijst(self):
        return [t.strip() for t in (self.trefwoorden or "").split(",") if t.strip()]

    def identificatie_termen(self) -> str:
        """ECLI, number as written and normalised, court abbreviation: findable as typed."""
        delen = [self.ecli or "", self.nummer or "", self.nummer_norm or ""]
        if self.instantie_id:
            delen.append(self.instantie.afkorting)
        return " ".join(d for d in delen if d)

    def bereken_afgeleide_velden(self):
        self.ecli = normaliseer_ecli(self.ecli) or None
        self.nummer = (self.nummer or "").strip()
        self.nummer_norm = normaliseer_nummer(self.nummer)
        self.jaar = self.datum.year if self.datum else 0
        if not self.slug:
            self.slug = slugify(self.titel)[:80].strip("-") or "uitspraak"
        if not self.tekst and self.pdf_id:
            self.tekst = tekst_uit_pdf(self.pdf.file)
        kop = " ".join(
            [
                self.titel,
                self.samenvatting,
                self.trefwoorden,
                self.wetgeving,
                self.kamer,
                self.identificatie_termen(),
            ]
        )
        self.zoek_kop = " ".join(analyseer(kop))
        self.zoek_tekst = " ".join(analyseer(self.tekst or ""))

    def clean(self):
        super().clean()
        self.ecli = normaliseer_ecli(self.ecli) or None
        fouten = {}
        nummer_norm = normaliseer_nummer(self.nummer)
        if self.nummer and not nummer_norm:
            fouten["nummer"] = "Een nummer moet minstens één letter of cijfer bevatten."
        elif self.instantie_id and nummer_norm:
            dubbel = Uitspraak.objects.filter(
                instantie_id=self.instantie_id, nummer_norm=nummer_norm
            ).exclude(pk=self.pk)
            if dubbel.exists():
                fouten["nummer"] = (
                    f"Er bestaat al een uitspraak van deze instantie met nummer {self.nummer}: "
                    f"'{dubbel.first().titel}'."
                )
        if self.ecli:
            dubbel = Uitspraak.objects.filter(ecli=self.ecli).exclude(pk=self.pk).first()
            if dubbel:
                fouten["ecli"] = f"Deze ECLI is al gebruikt voor '{dubbel.titel}'."
        if fouten:
            raise ValidationError(fouten)

    def save(self, *args, **kwargs):
        update_fields = kwargs.get("update_fields")
        raakt_inhoud = update_fields is None or bool(self.ZOEK_BRONNEN & set(update_fields))
        if raakt_inhoud:
            self.bereken_afgeleide_velden()
            if update_fields is not None:
                kwargs["update_fields"] = set(update_fields) | {
                    "ecli",
                    "nummer_norm",
                    "jaar",
                    "slug",
                    "zoek_kop",
                    "zoek_tekst",
                    "tekst",
                }
        # the search indexes follow through post_save (indexering.na_opslaan)
        super().save(*args, **kwargs)

    # --- urls and preview -----------------------------------------------------------
    def get_url(self):
        return reverse("rechtspraak:uitspraak", args=[self.pk, self.slug or "uitspraak"])

    url = property(get_url)

    @property
    def full_url(self):
        return settings.SITE_URL + self.get_url()

    def get_preview_template(self, request, mode_name):
        return "rechtspraak/uitspraak.html"

    def get_preview_context(self, request, mode_name):
        return {"uitspraak": self, "voorbeeld": True, "themas": [], "dossiers": [], "verwant": []}

    @property
    def referentie(self):
        """ "RvV 12-03-2024, nr. 301 234" as used in citations."""
        deel = f"{self.instantie.afkorting} {self.datum:%d-%m-%Y}"
        return f"{deel}, nr. {self.nummer}" if self.nummer else deel


def tekst_uit_pdf(bestand) -> str:
    """The text of a PDF (empty when it has none, e.g. a scan)."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        bestand.open("rb")
        try:
            lezer = PdfReader(bestand)
            return "\n".join((blad.extract_text() or "") for blad in lezer.pages).strip()
        finally:
            bestand.close()
    except (PdfReadError, OSError, ValueError):
        return ""
