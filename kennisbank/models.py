"""Page types of the public knowledge base: home, theme tree, news, dossiers, lexicon,
and the juridesk information page."""

import datetime

from django.core.paginator import Paginator
from django.db import models
from django.utils import timezone
from django.utils.html import strip_tags
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    MultiFieldPanel,
    MultipleChooserPanel,
)
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from core.parameters import geheel_getal
from zoeken.analyse import analyseer
from zoeken.paginas import platte_tekst, streamveld_tekst
from zoeken.registratie import Soort

from .blocks import (
    RICH_TEXT_FEATURES,
    InhoudBlock,
    WijzigingBlock,
    faq_vragen,
    table_of_contents,
    verenig_in_het_kort,
)
from .verbanden import live_paginas

NIEUWS_PER_PAGINA = 20

# What the site search finds of the kennisbank, and how it ranks and labels it (registered in
# apps.py; each page type's `zoekvelden()` says what of it is searched). The search spells
# these keys nowhere else (its filters: /zoeken/?type=thema). The import's "type" of a line
# is the file format's own word (omzetting.TYPES), the same by choice.
THEMA = Soort(
    "thema", "Themapagina", "Themapagina's", gewicht=0.5, titel_opent=True, opent_direct=True
)
NIEUWS = Soort("nieuws", "Nieuws", "Nieuws", gewicht=0.1, recent_eerst=True)
DOSSIER = Soort("dossier", "Dossier", "Dossiers", gewicht=0.25)
BEGRIP = Soort("begrip", "Begrip", "Begrippen", gewicht=0.15)


class HomePage(Page):
    intro = models.TextField(
        "Intro",
        blank=True,
        help_text="Korte zin onder het zoekvak op de startpagina.",
    )

    max_count = 1
    parent_page_types = ["wagtailcore.Page"]
    content_panels = [*Page.content_panels, FieldPanel("intro")]

    class Meta:
        verbose_name = "Startpagina"
        verbose_name_plural = "Startpagina's"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["themagebieden"] = (
            ThemaPagina.objects.child_of(self).live().public().order_by("path")
        )
        context["laatste_nieuws"] = (
            NieuwsPagina.objects.live().public().order_by("-datum", "-pk")[:6]
        )
        context["dossiers"] = (
            DossierPagina.objects.live().public().filter(actueel=True).order_by("-pk")[:6]
        )
        return context


class ThemaPagina(Page):
    samenvatting = models.TextField(
        "In het kort",
        blank=True,
        help_text="Twee à drie zinnen: de kern van deze pagina. Staat bovenaan en in de zoekresultaten.",
    )
    body = StreamField(InhoudBlock(), verbose_name="Inhoud", blank=True)
    laatst_bijgewerkt = models.DateField(
        "Laatst inhoudelijk bijgewerkt",
        null=True,
        blank=True,
        help_text=(
            "Pas deze datum aan bij een inhoudelijke wijziging (nieuwe regelgeving, praktijk, "
            "rechtspraak), niet bij een taalcorrectie. Lezers zien deze datum."
        ),
    )
    wat_gewijzigd = models.CharField(
        "Wat is er gewijzigd",
        max_length=300,
        blank=True,
        help_text=(
            "Eén of twee zinnen bij een inhoudelijke wijziging, bv. 'Nieuwe inkomensgrens "
            "vanaf 1 maart.' Lezers zien ze bij de datum; wie dit thema volgt, krijgt ze in "
            "de melding."
        ),
    )
    # gerelateerde_themas and begrippen: ThemaVerband / ThemaBegrip below (chosen, ordered)

    parent_page_types = ["kennisbank.HomePage", "kennisbank.ThemaPagina"]
    subpage_types = ["kennisbank.ThemaPagina"]

    content_panels = [
        *Page.content_panels,
        FieldPanel("samenvatting"),
        FieldPanel("laatst_bijgewerkt"),
        FieldPanel("wat_gewijzigd"),
        FieldPanel("body"),
        MultipleChooserPanel(
            "gerelateerde_themas",
            chooser_field_name="thema",
            heading="Gerelateerde themapagina's",
            label="Themapagina",
            help_text='Lezers zien ze onder "Zie ook", in deze volgorde.',
        ),
        MultipleChooserPanel(
            "begrippen",
            chooser_field_name="begrip",
            heading="Begrippen",
            label="Begrip",
        ),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("samenvatting", boost=3),
        index.SearchField("body"),
        index.FilterField("laatst_bijgewerkt"),
    ]

    class Meta:
        verbose_name = "Themapagina"
        verbose_name_plural = "Themapagina's"

    def clean(self):
        super().clean()
        # "In het kort" has one source, the field: a block of that name joins it
        verenigd = verenig_in_het_kort(self.samenvatting, self.body.get_prep_value(), True)
        if verenigd:
            self.samenvatting, self.body = verenigd

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["subthemas"] = ThemaPagina.objects.child_of(self).live().public()
        context["gerelateerd"] = live_paginas(self, "gerelateerde_themas", veld="thema")
        context["begrippen"] = live_paginas(self, "begrippen", veld="begrip")
        context["nieuws"] = live_paginas(self, "nieuws", order_by=("-datum", "-pk"), aantal=5)
        context["toc"] = table_of_contents(self.body)
        return context

    @property
    def zoek_samenvatting(self):
        return self.samenvatting or self.search_description

    def zoekvelden(self):
        return {
            "samenvatting": self.zoek_samenvatting,
            "tekst": "\n".join([streamveld_tekst(self.body), self._bovenliggend_thema()]),
            "datum": self.laatst_bijgewerkt,
            "vragen": faq_vragen(self.body),
        }

    def _bovenliggend_thema(self):
        """The parent theme's title, as the reader sees it above the title ("Inburgering"
        for "Wie is verplicht?"), when the page's own title and summary do not name it: a
        page is found by its subject even when it names it no more."""
        ouder = self.get_parent()
        if ouder is None or ouder.specific_class is not ThemaPagina:
            return ""
        eigen = set(analyseer(f"{self.title} {self.zoek_samenvatting}"))
        return "" if set(analyseer(ouder.title)) <= eigen else ouder.title


class NieuwsIndexPagina(Page):
    intro = models.TextField("Intro", blank=True)

    max_count = 1
    parent_page_types = ["kennisbank.HomePage"]
    subpage_types = ["kennisbank.NieuwsPagina"]
    content_panels = [*Page.content_panels, FieldPanel("intro")]

    class Meta:
        verbose_name = "Nieuwsoverzicht"
        verbose_name_plural = "Nieuwsoverzichten"

    # core.paginacache: the query parameters this page reads, and their canonical values
    # for what it showed (other values are answered, never cached)
    paginacache_parameters = ("page", "thema")

    def paginacache_waarden(self, context):
        waarden = {"page": str(context["nieuws"].number)}
        if context.get("gekozen_thema"):
            waarden["thema"] = str(context["gekozen_thema"].pk)
        return waarden

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        nieuws = (
            NieuwsPagina.objects.live()
            .public()
            .order_by("-datum", "-pk")
            .prefetch_related("themas")
        )
        gekozen_thema = None
        thema_id = geheel_getal(request.GET.get("thema"), minimum=1)
        if thema_id is not None:
            gekozen_thema = ThemaPagina.objects.live().filter(pk=thema_id).first()
            if gekozen_thema:
                # a theme filter includes the news on its sub-themes
                nieuws = nieuws.filter(themas__path__startswith=gekozen_thema.path).distinct()
        paginator = Paginator(nieuws, NIEUWS_PER_PAGINA)
        nummer = geheel_getal(request.GET.get("page"), minimum=1, standaard=1)
        pagina = paginator.page(min(nummer, paginator.num_pages))
        context["nieuws"] = pagina
        context["gekozen_thema"] = gekozen_thema
        context["querystring_base"] = f"thema={gekozen_thema.pk}" if gekozen_thema else ""
        context["themafilter"] = (
            ThemaPagina.objects.live().public().filter(depth__lte=4).order_by("path")
        )
        return context


class NieuwsPaginaForm(WagtailAdminPageForm):
    """A news item's "Datum" follows its scheduled go-live time, unless the editor chose a
    date: one typed in this form, or a stored one that is not the date an earlier schedule
    (or the day the draft was made) gave it. Once published, the date no longer moves."""

    def _datum_volgt(self, datum):
        # not self.changed_data: the admin sends no hidden initial for a callable default
        if datum != self.get_initial_for_field(self.fields["datum"], "datum"):
            return False
        page = self.instance
        if page.pk is None:
            return True
        if page.first_published_at:
            return False
        if page.go_live_at:
            return page.datum == timezone.localdate(page.go_live_at)
        gemaakt = page.revisions.order_by("created_at").values_list("created_at", flat=True)
        eerste = gemaakt.first()
        return eerste is None or page.datum == timezone.localdate(eerste)

    def clean(self):
        cleaned = super().clean()
        go_live_at = cleaned.get("go_live_at")
        if go_live_at and self._datum_volgt(cleaned.get("datum")):
            cleaned["datum"] = timezone.localdate(go_live_at)
        return cleaned


class NieuwsPagina(Page):
    datum = models.DateField(
        "Datum",
        default=datetime.date.today,
        help_text="Volgt de geplande publicatie, tenzij je zelf een datum kiest.",
    )
    samenvatting = models.TextField("Samenvatting", blank=True)
    body = StreamField(InhoudBlock(), verbose_name="Inhoud", blank=True)
    themas = ParentalManyToManyField(
        "kennisbank.ThemaPagina",
        blank=True,
        related_name="nieuws",
        verbose_name="Themapagina's waarop dit nieuws betrekking heeft",
    )

    parent_page_types = ["kennisbank.NieuwsIndexPagina"]
    subpage_types = []
    base_form_class = NieuwsPaginaForm
    content_panels = [
        *Page.content_panels,
        FieldRowPanel([FieldPanel("datum")]),
        FieldPanel("samenvatting"),
        FieldPanel("body"),
        FieldPanel("themas"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("samenvatting", boost=3),
        index.SearchField("body"),
        index.FilterField("datum"),
    ]

    class Meta:
        verbose_name = "Nieuwspagina"
        verbose_name_plural = "Nieuwspagina's"
        ordering = ["-datum"]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["toc"] = table_of_contents(self.body)
        context["themas"] = live_paginas(self, "themas")
        return context

    @property
    def zoek_samenvatting(self):
        return self.samenvatting or self.search_description

    def zoekvelden(self):
        return {
            "samenvatting": self.zoek_samenvatting,
            "tekst": streamveld_tekst(self.body),
            "datum": self.datum,
            "vragen": faq_vragen(self.body),
        }


class DossierIndexPagina(Page):
    intro = models.TextField("Intro", blank=True)

    max_count = 1
    parent_page_types = ["kennisbank.HomePage"]
    subpage_types = ["kennisbank.DossierPagina"]
    content_panels = [*Page.content_panels, FieldPanel("intro")]

    class Meta:
        verbose_name = "Dossieroverzicht"
        verbose_name_plural = "Dossieroverzichten"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        dossiers = DossierPagina.objects.child_of(self).live().public()
        context["actuele_dossiers"] = dossiers.filter(actueel=True)
        context["andere_dossiers"] = dossiers.filter(actueel=False)
        return context


class DossierPagina(Page):
    in_het_kort = RichTextField("In het kort", features=RICH_TEXT_FEATURES, blank=True)
    actueel = models.BooleanField(
        "Actueel dossier", default=True, help_text="Actuele dossiers staan op de startpagina."
    )
    wijzigingen = StreamField(
        [("wijziging", WijzigingBlock())],
        verbose_name="Laatste wijzigingen",
        blank=True,
        help_text="De lezer ziet de recentste wijziging eerst, in welke volgorde je ze ook invoert.",
    )
    body = StreamField(InhoudBlock(), verbose_name="Specifieke toelichting", blank=True)
    themas = ParentalManyToManyField(
        "kennisbank.ThemaPagina",
        blank=True,
        related_name="dossiers",
        verbose_name="Themapagina's",
    )
    nieuws = ParentalManyToManyField(
        "kennisbank.NieuwsPagina",
        blank=True,
        related_name="dossiers",
        verbose_name="Nieuws",
    )

    parent_page_types = ["kennisbank.DossierIndexPagina"]
    subpage_types = []
    content_panels = [
        *Page.content_panels,
        FieldPanel("actueel"),
        FieldPanel("in_het_kort"),
        FieldPanel("wijzigingen"),
        FieldPanel("body"),
        MultiFieldPanel([FieldPanel("themas"), FieldPanel("nieuws")], heading="Verzamelde links"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("in_het_kort", boost=3),
        index.SearchField("wijzigingen"),
        index.SearchField("body"),
    ]

    class Meta:
        verbose_name = "Dossier"
        verbose_name_plural = "Dossiers"

    def clean(self):
        super().clean()
        verenigd = verenig_in_het_kort(self.in_het_kort, self.body.get_prep_value(), False)
        if verenigd:
            self.in_het_kort, self.body = verenigd

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["wijzigingen_recent_eerst"] = sorted(
            self.wijzigingen, key=lambda block: block.value["datum"], reverse=True
        )
        context["dossier_themas"] = live_paginas(self, "themas")
        context["dossier_nieuws"] = live_paginas(self, "nieuws", order_by=("-datum", "-pk"))
        context["toc"] = table_of_contents(self.body)
        return context

    @property
    def zoek_samenvatting(self):
        return strip_tags(self.in_het_kort) or self.search_description

    def zoekvelden(self):
        return {
            "samenvatting": platte_tekst(self.in_het_kort) or self.search_description,
            "tekst": "\n".join([streamveld_tekst(self.wijzigingen), streamveld_tekst(self.body)]),
            "vragen": faq_vragen(self.body),
        }


class LexiconPagina(Page):
    intro = models.TextField("Intro", blank=True)

    max_count = 1
    parent_page_types = ["kennisbank.HomePage"]
    subpage_types = ["kennisbank.BegripPagina"]
    content_panels = [*Page.content_panels, FieldPanel("intro")]

    class Meta:
        verbose_name = "Lexicon"
        verbose_name_plural = "Lexicons"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        begrippen = BegripPagina.objects.child_of(self).live().public().order_by("title")
        per_letter = {}
        for begrip in begrippen:
            per_letter.setdefault(begrip.title[:1].upper(), []).append(begrip)
        context["per_letter"] = sorted(per_letter.items())
        return context


class BegripPagina(Page):
    definitie = RichTextField("Definitie", features=RICH_TEXT_FEATURES)

    parent_page_types = ["kennisbank.LexiconPagina"]
    subpage_types = []
    content_panels = [*Page.content_panels, FieldPanel("definitie")]
    search_fields = [*Page.search_fields, index.SearchField("definitie", boost=2)]

    class Meta:
        verbose_name = "Begrip"
        verbose_name_plural = "Begrippen"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["themas"] = live_paginas(
            self, "thema_verbanden", veld="pagina", order_by=("title",)
        )
        return context

    @property
    def zoek_samenvatting(self):
        return strip_tags(self.definitie)

    def zoekvelden(self):
        return {"samenvatting": platte_tekst(self.definitie)}


class JurideskPagina(Page):
    intro = RichTextField("Wie kan er terecht?", features=RICH_TEXT_FEATURES, blank=True)
    bereikbaarheid = models.TextField(
        "Wanneer bereikbaar", blank=True, help_text="Bv. maandag tot vrijdag, 9u tot 12u."
    )
    telefoon = models.CharField("Telefoonnummer (vreemdelingenrecht)", max_length=40, blank=True)
    email_ipr = models.EmailField("E-mailadres (internationaal familierecht)", blank=True)
    body = StreamField(InhoudBlock(), verbose_name="Meer uitleg", blank=True)

    max_count = 1
    parent_page_types = ["kennisbank.HomePage"]
    subpage_types = []
    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldRowPanel([FieldPanel("telefoon"), FieldPanel("email_ipr")]),
        FieldPanel("bereikbaarheid"),
        FieldPanel("body"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]

    class Meta:
        verbose_name = "Juridesk-pagina"
        verbose_name_plural = "Juridesk-pagina's"

    def zoekvelden(self):
        """Found among the theme pages (apps.py), by what it says and when the desk is open."""
        return {
            "samenvatting": platte_tekst(self.intro) or self.search_description,
            "tekst": "\n".join([self.bereikbaarheid, streamveld_tekst(self.body)]),
            "vragen": faq_vragen(self.body),
        }


class ThemaVerband(Orderable):
    """A related theme page of a theme page ("Zie ook"), chosen in the page chooser."""

    pagina = ParentalKey(ThemaPagina, on_delete=models.CASCADE, related_name="gerelateerde_themas")
    thema = models.ForeignKey(
        ThemaPagina, on_delete=models.CASCADE, related_name="+", verbose_name="Themapagina"
    )

    panels = [FieldPanel("thema")]

    class Meta(Orderable.Meta):
        verbose_name = "Gerelateerde themapagina"
        verbose_name_plural = "Gerelateerde themapagina's"


class ThemaBegrip(Orderable):
    """A begrip explained on a theme page, chosen in the page chooser."""

    pagina = ParentalKey(ThemaPagina, on_delete=models.CASCADE, related_name="begrippen")
    begrip = models.ForeignKey(
        BegripPagina,
        on_delete=models.CASCADE,
        related_name="thema_verbanden",
        verbose_name="Begrip",
    )

    panels = [FieldPanel("begrip")]

    class Meta(Orderable.Meta):
        verbose_name = "Begrip"
        verbose_name_plural = "Begrippen"
