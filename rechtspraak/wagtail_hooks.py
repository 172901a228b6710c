"""The case-law database in the Wagtail admin: menu "Rechtspraak" with Uitspraken (drafts,
moderation, locking, preview, history) and Instanties (the list of courts)."""

from django.db.models import Q
from django.db.models.expressions import RawSQL
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.admin.ui.tables import Column, LiveStatusTagColumn, UpdatedAtColumn
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import IndexView, SnippetViewSet, SnippetViewSetGroup

from .ecli import is_ecli, normaliseer_ecli, normaliseer_nummer
from .models import Instantie, Uitspraak
from .search import DatabaseEngine, Zoekvraag


class UitspraakIndexView(IndexView):
    """The admin search uses the database's own full-text index (drafts included), and
    finds a judgment by ECLI or number as typed."""

    def search_queryset(self, queryset):
        if not self.is_searching:
            return queryset
        q = self.search_query or ""
        if is_ecli(q):
            return queryset.filter(ecli=normaliseer_ecli(q))
        vraag = Zoekvraag(q=q[:500])
        nummer = normaliseer_nummer(q)
        voorwaarde = Q(pk__in=[])
        if nummer and any(c.isdigit() for c in nummer):
            voorwaarde |= Q(nummer_norm=nummer)
        if vraag.expressie is not None:
            voorwaarde |= Q(pk__in=RawSQL(*DatabaseEngine().ids_sql(vraag.expressie)))
        return queryset.filter(voorwaarde)


class UitspraakViewSet(SnippetViewSet):
    model = Uitspraak
    icon = "doc-full-inverse"
    menu_label = "Uitspraken"
    index_view_class = UitspraakIndexView
    search_fields = ["titel"]  # replaced by the full-text search above
    list_display = [
        "titel",
        Column("instantie", label="Instantie", sort_key="instantie__naam"),
        Column("datum", label="Datum", sort_key="datum"),
        "nummer",
        "ecli",
        UpdatedAtColumn(),
        LiveStatusTagColumn(),
    ]
    list_filter = ["instantie", "soort", "taal", "jaar", "live"]
    list_per_page = 50
    ordering = ["-datum", "-pk"]
    panels = [
        FieldPanel("titel"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("instantie"), FieldPanel("kamer")]),
                FieldRowPanel([FieldPanel("datum"), FieldPanel("nummer")]),
                FieldPanel("ecli"),
                FieldRowPanel([FieldPanel("soort"), FieldPanel("taal")]),
                FieldPanel("gepubliceerd_op"),
            ],
            heading="Identificatie",
        ),
        FieldPanel("samenvatting"),
        FieldPanel("trefwoorden"),
        FieldPanel("wetgeving"),
        MultiFieldPanel(
            [FieldPanel("tekst"), FieldPanel("pdf"), FieldPanel("bron_url")],
            heading="Tekst van de uitspraak",
        ),
        MultiFieldPanel(
            [FieldPanel("themas"), FieldPanel("dossiers"), FieldPanel("gerelateerde_uitspraken")],
            heading="Verbanden",
        ),
    ]

    def get_queryset(self, request):
        return Uitspraak.objects.select_related("instantie")


class InstantieViewSet(SnippetViewSet):
    model = Instantie
    icon = "group"
    menu_label = "Instanties"
    list_display = ["naam", "afkorting", "code", "volgorde"]
    search_fields = ["naam", "afkorting", "code"]
    ordering = ["volgorde", "naam"]
    panels = [
        FieldPanel("naam"),
        FieldPanel("afkorting"),
        FieldPanel("code"),
        FieldPanel("volgorde"),
    ]


class RechtspraakGroep(SnippetViewSetGroup):
    items = (UitspraakViewSet, InstantieViewSet)
    menu_icon = "doc-full-inverse"
    menu_label = "Rechtspraak"
    menu_name = "rechtspraak"
    menu_order = 250


register_snippet(RechtspraakGroep)
