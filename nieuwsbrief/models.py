"""Subscribers, editions (e-nieuwsbrief and rechtspraakmailing) and one delivery record per
edition and subscriber. The mail lives in `mail.py` (models -> mail, never back); the delivery
state in `leveringen.py`, the SMTP transport in `transport.py`, the sending in `verzending.py`."""

import secrets
from functools import reduce
from operator import or_

from csp.decorators import csp
from django.conf import settings
from django.db import models, transaction
from django.db.models import Count, F, Q
from django.db.models.functions import Lower
from django.http import HttpResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.encoding import punycode
from django.utils.formats import date_format
from django.views.decorators.clickjacking import xframe_options_sameorigin
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, PreviewableMixin
from wagtail.search import index

from .adressen import valideer_adres
from .lijsten import LIJSTEN
from .mail import voorbeeld_delen

# The preview is rendered for the admin's preview panel through Wagtail's dummy request, so
# the public site's policy would apply (frame-ancestors 'none', no inline styles: a blank
# panel, an unstyled mail). The preview gets this policy instead (django-csp's per-view
# decorator): framed by the admin only, the mail's inlined styles, no script at all.
VOORBEELD_CSP = {
    "default-src": ["'none'"],
    "style-src": ["'unsafe-inline'"],
    "img-src": ["'self'", "data:", "https:"],
    "base-uri": ["'none'"],
    "form-action": ["'none'"],
    "frame-ancestors": ["'self'"],
}


# What an introduction may hold: the HTML part shows it, the plain-text part writes it out
# (links as "tekst (url)", list items as lines). No headings, images or embeds in a mail intro.
INLEIDING_OPMAAK = ["bold", "italic", "link", "ol", "ul"]


def nieuw_token():
    # 128 bits, URL-safe, no '=' (the token is spliced into quoted-printable mail bodies).
    return secrets.token_urlsafe(16)


def normaliseer_email(email):
    """Trimmed, lower case, an international domain in the ASCII form the mailer sends."""
    email = (email or "").strip().lower()
    lokaal, at, domein = email.rpartition("@")
    if at and not domein.isascii():
        try:
            return f"{lokaal}@{punycode(domein)}"
        except UnicodeError:
            pass
    return email


def lijsten_labels(lijsten):
    """ "E-nieuwsbrief en Rechtspraakmailing": the names of the lists, for people."""
    return " en ".join(LIJSTEN[c] for c in lijsten if c in LIJSTEN)


class AbonneeQuerySet(models.QuerySet):
    """Status changes for many subscribers at once (one UPDATE, no save())."""

    def markeer_onbestelbaar(self, reden):
        """A hard bounce while sending: the address is not written to again."""
        return self.update(
            status=Abonnee.Status.ONBESTELBAAR,
            uitgeschreven_op=timezone.now(),
            reden_uitschrijving=reden,
        )

    def deactiveer(self, status, reden):
        """A bounce report or a complaint from the bounce mailbox: `status` is "onbestelbaar"
        or "uitgeschreven"; an address already in that status keeps its first reason."""
        return self.exclude(status=status).update(
            status=status,
            uitgeschreven_op=timezone.now(),
            reden_uitschrijving=reden,
            gewijzigd_op=timezone.now(),
        )


class Abonnee(models.Model):
    class Status(models.TextChoices):
        WACHTEND = "wachtend", "Wacht op bevestiging"
        INGESCHREVEN = "ingeschreven", "Ingeschreven"
        UITGESCHREVEN = "uitgeschreven", "Uitgeschreven"
        ONBESTELBAAR = "onbestelbaar", "Onbestelbaar"

    class Bron(models.TextChoices):
        FORMULIER = "formulier", "Inschrijvingsformulier op de website"
        IMPORT = "import", "Import van de bestaande lijst"
        BEHEER = "beheer", "Toegevoegd in het beheer"

    email = models.EmailField("E-mailadres", unique=True, validators=[valideer_adres])
    nieuwsbrief = models.BooleanField("E-nieuwsbrief", default=False)
    rechtspraak = models.BooleanField("Rechtspraakmailing", default=False)
    meldingen = models.BooleanField(
        "Meldingen over wat je volgt",
        default=False,
        help_text="Een overzicht van de wijzigingen in de gevolgde thema's, dossiers en rechtspraak.",
    )
    frequentie = models.CharField(
        "Meldingen",
        max_length=4,
        choices=[("dag", "Dagelijks"), ("week", "Wekelijks")],
        default="week",
    )
    status = models.CharField(
        "Status", max_length=20, choices=Status.choices, default=Status.WACHTEND, db_index=True
    )
    token = models.CharField(
        "Persoonlijke sleutel", max_length=32, unique=True, default=nieuw_token, editable=False
    )
    bron = models.CharField("Bron", max_length=20, choices=Bron.choices, default=Bron.FORMULIER)
    aangevraagd_op = models.DateTimeField("Aangevraagd op", default=timezone.now)
    toestemming_op = models.DateTimeField(
        "Toestemming gegeven op",
        null=True,
        blank=True,
        help_text="Moment van de bevestiging (dubbele opt-in) of de inschrijving bij import.",
    )
    toestemming = models.TextField(
        "Bewijs van toestemming",
        blank=True,
        help_text="Hoe en waarvoor de toestemming gegeven is. Er wordt geen IP-adres bewaard.",
    )
    uitgeschreven_op = models.DateTimeField("Uitgeschreven op", null=True, blank=True)
    reden_uitschrijving = models.CharField("Reden", max_length=200, blank=True)
    gewijzigd_op = models.DateTimeField("Gewijzigd op", auto_now=True)

    search_fields = [index.SearchField("email"), index.FilterField("status")]

    objects = AbonneeQuerySet.as_manager()

    class Meta:
        verbose_name = "Abonnee"
        verbose_name_plural = "Abonnees"
        ordering = ["email"]
        constraints = [
            models.UniqueConstraint(Lower("email"), name="nieuwsbrief_abonnee_email_ci"),
        ]

    def __str__(self):
        return self.email

    def save(self, *args, **kwargs):
        self.email = normaliseer_email(self.email)
        super().save(*args, **kwargs)

    @property
    def lijsten(self):
        return [code for code in LIJSTEN if getattr(self, code)]

    @property
    def lijsten_label(self):
        return ", ".join(LIJSTEN[code] for code in self.lijsten) or "geen"

    def beheer_url(self):
        return settings.SITE_URL + reverse("nieuwsbrief:beheren", args=[self.token])

    def afmeld_url(self, lijst=None):
        if lijst:
            return settings.SITE_URL + reverse(
                "nieuwsbrief:afmelden_lijst", args=[self.token, lijst]
            )
        return settings.SITE_URL + reverse("nieuwsbrief:afmelden", args=[self.token])

    # --- status changes: the only places that write `status` ---------------------------

    def bevestig(self, lijsten, toelichting=""):
        """Double opt-in confirmed for `lijsten`: subscribed, with the proof of consent
        (`toelichting`: what she follows, for the alerts)."""
        nu = timezone.now()
        for code in lijsten:
            setattr(self, code, True)
        self.status = self.Status.INGESCHREVEN
        self.toestemming_op = nu
        self.uitgeschreven_op = None
        self.reden_uitschrijving = ""
        regel = (
            f"{date_format(timezone.localtime(nu), 'j F Y H:i')}: bevestigd via de link in de "
            "bevestigingsmail (dubbele opt-in op het webformulier) voor: "
            f"{lijsten_labels(lijsten)}.{' ' + toelichting if toelichting else ''}"
        )
        self.toestemming = (self.toestemming + "\n" + regel).strip()
        self.save()

    def kies_lijsten(self, gekozen):
        """A subscribed address changes its lists on the manage page (at least one)."""
        for code in LIJSTEN:
            setattr(self, code, code in gekozen)
        self.save()

    def schrijf_uit(self, lijst=None, reden="zelf uitgeschreven"):
        """Unsubscribe from one list, or from all; no list left means 'uitgeschreven'."""
        for code in [lijst] if lijst else list(LIJSTEN):
            setattr(self, code, False)
        if not self.lijsten:
            self.status = self.Status.UITGESCHREVEN
            self.uitgeschreven_op = timezone.now()
            self.reden_uitschrijving = reden
        self.save()


class EditieQuerySet(models.QuerySet):
    def met_tellingen(self):
        """Each edition with its delivery counts, in this one query (the admin's listing):
        `Editie.tellingen()` then reads them instead of asking the database per edition."""
        per_status = {
            f"_n_{status}": Count("leveringen", filter=Q(leveringen__status=status))
            for status in Levering.Status.values
        }
        # The readers of a delivered message who left the edition's list since the sending
        # started (one delivery per reader and edition, so counting deliveries counts readers).
        weg_van_de_lijst = reduce(
            or_,
            [Q(soort=code, **{f"leveringen__abonnee__{code}": False}) for code in LIJSTEN],
            Q(
                leveringen__abonnee__status__in=[
                    s for s in Abonnee.Status.values if s != Abonnee.Status.INGESCHREVEN
                ]
            ),
        )
        sindsdien = Q(
            leveringen__status=Levering.Status.VERZONDEN,
            leveringen__abonnee__gewijzigd_op__gte=F("verzending_gestart_op"),
        )
        return self.annotate(
            **per_status,
            _n_totaal=Count("leveringen"),
            _n_uitgeschreven_sindsdien=Count("leveringen", filter=sindsdien & weg_van_de_lijst),
        )


class Editie(PreviewableMixin, ClusterableModel):
    class Soort(models.TextChoices):
        NIEUWSBRIEF = "nieuwsbrief", "E-nieuwsbrief"
        RECHTSPRAAK = "rechtspraak", "Rechtspraakmailing"
        MELDINGEN = "meldingen", "Meldingen over wat je volgt"

    class Status(models.TextChoices):
        CONCEPT = "concept", "Concept"
        GEPLAND = "gepland", "Gepland"
        IN_VERZENDING = "verzenden", "Wordt verzonden"
        VERZONDEN = "verzonden", "Verzonden"

    soort = models.CharField(
        "Soort", max_length=20, choices=Soort.choices, default=Soort.NIEUWSBRIEF
    )
    titel = models.CharField("Onderwerp", max_length=200, help_text="Het onderwerp van de e-mail.")
    inleiding = RichTextField(
        "Inleiding",
        blank=True,
        features=INLEIDING_OPMAAK,
        help_text="Een korte tekst bovenaan, met links, vet en opsommingen als je wil.",
    )
    periode_van = models.DateTimeField("Inhoud gepubliceerd sinds", null=True, blank=True)
    periode_tot = models.DateTimeField("Inhoud gepubliceerd tot", null=True, blank=True)
    status = models.CharField(
        "Status", max_length=20, choices=Status.choices, default=Status.CONCEPT, editable=False
    )
    aangemaakt_op = models.DateTimeField("Aangemaakt op", auto_now_add=True)
    gepland_op = models.DateTimeField(
        "Gepland voor", null=True, blank=True, editable=False, db_index=True
    )
    verzending_gestart_op = models.DateTimeField(
        "Verzending gestart op", null=True, blank=True, editable=False
    )
    verzonden_op = models.DateTimeField(
        "Verzending afgerond op", null=True, blank=True, editable=False
    )

    panels = [
        FieldRowPanel([FieldPanel("soort"), FieldPanel("titel")]),
        FieldPanel("inleiding"),
        MultiFieldPanel(
            [InlinePanel("nieuws_items", label="Nieuwsbericht")],
            heading="Nieuws (sleep om de volgorde te wijzigen)",
        ),
        MultiFieldPanel(
            [InlinePanel("wetgeving_items", label="Wetgeving")],
            heading="Nieuwe wetgeving",
        ),
        MultiFieldPanel(
            [InlinePanel("uitspraak_items", label="Uitspraak")],
            heading="Rechtspraak (per instantie gegroepeerd in de mail)",
        ),
        FieldRowPanel([FieldPanel("periode_van"), FieldPanel("periode_tot")]),
    ]
    search_fields = [index.SearchField("titel"), index.FilterField("soort")]

    objects = EditieQuerySet.as_manager()

    class Meta:
        verbose_name = "Editie"
        verbose_name_plural = "Edities"
        ordering = ["-aangemaakt_op", "-pk"]

    def __str__(self):
        return f"{self.titel} ({self.get_soort_display()})"

    @property
    def lijst(self):
        return self.soort

    def start_verzending(self):
        """From draft (or scheduled) to "wordt verzonden" (the caller queues the deliveries)."""
        self.status = self.Status.IN_VERZENDING
        self.verzending_gestart_op = timezone.now()
        self.save(update_fields=["status", "verzending_gestart_op"])

    def plan(self, moment):
        """A draft (or an edition already scheduled) to be sent at `moment`; the caller
        enqueues the task (tasks.plan_verzending). Raises ValueError once sending started."""
        with transaction.atomic():
            huidig = Editie.objects.select_for_update().get(pk=self.pk)
            if huidig.status not in (self.Status.CONCEPT, self.Status.GEPLAND):
                raise ValueError("Deze editie is al verzonden of wordt verzonden.")
            self.status, self.gepland_op = self.Status.GEPLAND, moment
            self.save(update_fields=["status", "gepland_op"])

    def annuleer_planning(self):
        """Back to draft, as long as the sending has not started (the row lock orders this
        against `leveringen.start_gepland`). Raises ValueError when it is too late."""
        with transaction.atomic():
            huidig = Editie.objects.select_for_update().get(pk=self.pk)
            if huidig.status != self.Status.GEPLAND:
                raise ValueError(
                    "De verzending is al begonnen: annuleren kan niet meer."
                    if huidig.status != self.Status.CONCEPT
                    else "Deze editie was niet gepland."
                )
            self.status, self.gepland_op = self.Status.CONCEPT, None
            self.save(update_fields=["status", "gepland_op"])

    @property
    def status_label(self):
        """The status as the listing shows it: "Gepland voor 3 december 2026 om 09:00"."""
        if self.status == self.Status.GEPLAND and self.gepland_op:
            moment = date_format(timezone.localtime(self.gepland_op), "j F Y \\o\\m H:i")
            return f"Gepland voor {moment}"
        return self.get_status_display()

    @property
    def openbaar(self):
        """In the public archive: once the sending has started (not a draft, not scheduled)."""
        return self.status in (self.Status.IN_VERZENDING, self.Status.VERZONDEN)

    # --- preview: Wagtail's preview panel shows the e-mail exactly as it is sent ---------
    preview_modes = [("", "E-mail"), ("tekst", "Platte tekst")]

    @csp(VOORBEELD_CSP)
    @xframe_options_sameorigin
    def serve_preview(self, request, mode_name):
        """The HTML or plain-text part of the message a test send makes (mail.voorbeeld_delen),
        under a policy of its own: only this preview may be framed by the admin."""
        html, tekst = voorbeeld_delen(self)
        if mode_name == "tekst":
            return HttpResponse(tekst, content_type="text/plain; charset=utf-8")
        return HttpResponse(html)

    def tellingen(self):
        """Deliveries per status, their total, and the readers who left since the sending
        started: from the annotations of `met_tellingen()`, else with one query."""
        if not hasattr(self, "_n_totaal"):
            bron = Editie.objects.met_tellingen().get(pk=self.pk)
        else:
            bron = self
        namen = [*Levering.Status.values, "totaal", "uitgeschreven_sindsdien"]
        return {naam: getattr(bron, f"_n_{naam}") for naam in namen}


class NieuwsItem(Orderable):
    editie = ParentalKey(Editie, on_delete=models.CASCADE, related_name="nieuws_items")
    pagina = models.ForeignKey(
        "kennisbank.NieuwsPagina",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name="Nieuwspagina",
    )
    panels = [FieldPanel("pagina")]

    class Meta(Orderable.Meta):
        verbose_name = "Nieuwsbericht"
        verbose_name_plural = "Nieuwsberichten"


class WetgevingItem(Orderable):
    editie = ParentalKey(Editie, on_delete=models.CASCADE, related_name="wetgeving_items")
    titel = models.CharField("Titel", max_length=500)
    datum_bs = models.DateField("Publicatie in het Belgisch Staatsblad")
    link = models.URLField("Link", max_length=500)
    panels = [FieldPanel("titel"), FieldRowPanel([FieldPanel("datum_bs"), FieldPanel("link")])]

    class Meta(Orderable.Meta):
        verbose_name = "Wetgeving"
        verbose_name_plural = "Nieuwe wetgeving"


class UitspraakItem(Orderable):
    """A snapshot of one judgment in a rechtspraakmailing: the editor may still edit it."""

    editie = ParentalKey(Editie, on_delete=models.CASCADE, related_name="uitspraak_items")
    instantie = models.CharField("Instantie", max_length=200)
    titel = models.CharField("Titel", max_length=500)
    datum = models.DateField("Datum uitspraak", null=True, blank=True)
    samenvatting = models.TextField("Samenvatting", blank=True)
    link = models.URLField("Link", max_length=500)
    panels = [
        FieldRowPanel([FieldPanel("instantie"), FieldPanel("datum")]),
        FieldPanel("titel"),
        FieldPanel("samenvatting"),
        FieldPanel("link"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = "Uitspraak"
        verbose_name_plural = "Uitspraken"


class Levering(models.Model):
    """One edition to one subscriber. The unique constraint makes 'twice' impossible to queue;
    the claim (token + time) makes 'twice' impossible to send from two live workers."""

    class Status(models.TextChoices):
        WACHTRIJ = "wachtrij", "In de wachtrij"
        BEZIG = "bezig", "Wordt verzonden"
        VERZONDEN = "verzonden", "Verzonden"
        MISLUKT = "mislukt", "Mislukt"
        ONBESTELBAAR = "onbestelbaar", "Onbestelbaar"
        GEANNULEERD = "geannuleerd", "Niet verzonden (intussen uitgeschreven)"

    editie = models.ForeignKey(Editie, on_delete=models.CASCADE, related_name="leveringen")
    abonnee = models.ForeignKey(
        Abonnee, on_delete=models.SET_NULL, null=True, blank=True, related_name="leveringen"
    )
    status = models.CharField(
        "Status", max_length=20, choices=Status.choices, default=Status.WACHTRIJ
    )
    pogingen = models.PositiveSmallIntegerField("Pogingen", default=0)
    volgende_poging = models.DateTimeField("Volgende poging vanaf", default=timezone.now)
    claim = models.CharField(max_length=32, blank=True, db_index=True)
    geclaimd_op = models.DateTimeField(null=True, blank=True)
    verzonden_op = models.DateTimeField("Verzonden op", null=True, blank=True)
    laatste_fout = models.TextField("Laatste fout", blank=True)
    aangemaakt_op = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = "Levering"
        verbose_name_plural = "Leveringen"
        constraints = [
            models.UniqueConstraint(
                fields=["editie", "abonnee"], name="nieuwsbrief_levering_uniek"
            ),
        ]
        indexes = [models.Index(fields=["editie", "status", "volgende_poging"])]

    def __str__(self):
        return f"{self.editie_id} → {self.abonnee_id}: {self.status}"


# The follow models (what a subscriber follows, the digests of a period) live in their own
# module; imported here so Django registers them with the app.
from .volgmodellen import Melding, Meldingronde, Volg  # noqa: E402, F401
