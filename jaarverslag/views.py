"""The jaarverslag screens in the Wagtail admin: trainings, coaching with its activities,
the sectors and the figures from outside the site (ModelViewSets, each guarded by its model
permissions). Nothing here is public."""

import django_filters
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.viewsets.model import ModelViewSet

from .lijsten import BegeleidingSoort, VormingSoort
from .models import Begeleiding, ExterneCijfers, Sector, Vorming


class VormingFilterSet(WagtailFilterSet):
    datum = django_filters.DateFromToRangeFilter(label="Datum", widget=DateRangePickerWidget)
    soort = django_filters.ChoiceFilter(label="Soort", choices=VormingSoort.choices)
    sector = django_filters.ModelChoiceFilter(label="Sector", queryset=Sector.objects.all())

    class Meta:
        model = Vorming
        fields = ["datum", "soort", "sector"]


class VormingViewSet(ModelViewSet):
    model = Vorming
    icon = "group"
    menu_label = "Vormingen"
    add_to_admin_menu = False
    url_prefix = "jaarverslag/vormingen"
    name = "jaarverslag_vorming"
    filterset_class = VormingFilterSet
    list_display = ["titel", "datum", "soort", "sector", "deelnemers", "lokale_besturen"]
    list_export = [
        "datum",
        "titel",
        "soort",
        "sector",
        "partner",
        "lijn",
        "dossier",
        "deelnemers",
        "lokale_besturen",
    ]
    export_filename = "vormingen"
    search_fields = ["titel", "partner"]
    ordering = ["-datum", "titel"]
    list_per_page = 50
    inspect_view_enabled = True


class BegeleidingFilterSet(WagtailFilterSet):
    soort = django_filters.ChoiceFilter(label="Soort", choices=BegeleidingSoort.choices)
    sector = django_filters.ModelChoiceFilter(label="Sector", queryset=Sector.objects.all())

    class Meta:
        model = Begeleiding
        fields = ["soort", "sector"]


class BegeleidingViewSet(ModelViewSet):
    model = Begeleiding
    icon = "user"
    menu_label = "Begeleidingen"
    add_to_admin_menu = False
    url_prefix = "jaarverslag/begeleidingen"
    name = "jaarverslag_begeleiding"
    filterset_class = BegeleidingFilterSet
    list_display = ["titel", "soort", "sector"]
    search_fields = ["titel", "partners"]
    ordering = ["titel"]
    list_per_page = 50
    copy_view_enabled = False


class SectorViewSet(ModelViewSet):
    model = Sector
    icon = "list-ul"
    menu_label = "Sectoren"
    add_to_admin_menu = False
    url_prefix = "jaarverslag/sectoren"
    name = "jaarverslag_sector"
    list_display = ["label", "volgorde", "actief"]
    form_fields = ["label", "volgorde", "actief"]
    ordering = ["volgorde", "label"]
    copy_view_enabled = False


class ExterneCijfersViewSet(ModelViewSet):
    model = ExterneCijfers
    icon = "doc-full"
    menu_label = "Cijfers van buiten de site"
    add_to_admin_menu = False
    url_prefix = "jaarverslag/cijfers"
    name = "jaarverslag_cijfers"
    list_display = ["jaar", "unieke_gebruikers", "paginaweergaven", "tijdschrift_abonnees"]
    ordering = ["-jaar"]
    copy_view_enabled = False
