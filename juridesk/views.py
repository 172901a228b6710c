"""Juridesk screens in the Wagtail admin: the logging screen, the listing (a ModelViewSet
with filters, export and history), the statistics with their exports and charts, and
the lists. Nothing here is public: every view checks a juridesk permission."""

import datetime
import json
from urllib.parse import urlencode

import django_filters
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.db.models import Prefetch
from django.http import Http404, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse, reverse_lazy
from django.utils import timezone
from django.utils.functional import cached_property
from django.views.generic import FormView, TemplateView
from wagtail.actions.create import CreateAction
from wagtail.admin import messages
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail.admin.views.generic import EditView, IndexView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.model import ModelViewSet

from core.csvbestand import BOM, excel_schrijver

from . import charts, exports, opmaak, stats
from .forms import PeriodeForm, ThemaKoppelingForm, VraagForm, WaardeForm
from .lijsten import (
    AFHANDELING,
    CATEGORIE,
    DOSSIER,
    ENKELVOUDIG,
    KANAAL,
    LIJN,
    LIJST_KEUZES,
    LIJSTEN,
    NATIONALITEIT,
    REGIO,
    SECTOR,
    TABELLEN,
    THEMA,
    VERBLIJFSSITUATIE,
)
from .models import ThemaKoppeling, Vraag, Waarde
from .tables import statistiek_tabel

BREADCRUMB_HOME = {"url": reverse_lazy("wagtailadmin_home"), "label": "Start"}


class PermissieMixin:
    permissie = None

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(self.permissie):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


# --- Logging screen -----------------------------------------------------------------


class RegistreerView(PermissieMixin, WagtailAdminTemplateMixin, FormView):
    permissie = "juridesk.add_vraag"
    form_class = VraagForm
    template_name = "juridesk/registreren.html"
    page_title = "Vraag registreren"
    header_icon = "help"

    def get_breadcrumbs_items(self):
        return [BREADCRUMB_HOME, {"url": "", "label": "Juridesk: vraag registreren"}]

    def laatste_vraag(self):
        return (
            Vraag.objects.filter(jurist=self.request.user)
            .order_by("-aangemaakt")
            .values("kanaal_id", "lijn_id")
            .first()
        )

    def get_initial(self):
        initial = super().get_initial()
        if self.request.method != "GET":
            return initial
        # Kanaal and lijn are remembered per jurist: those of their last question.
        laatste = self.laatste_vraag()
        if laatste:
            initial["kanaal"] = laatste["kanaal_id"]
            initial["lijn"] = laatste["lijn_id"]
        else:
            initial["kanaal"] = Waarde.objects.filter(lijst=KANAAL, code="telefoon").first()
            initial["lijn"] = Waarde.objects.filter(lijst=LIJN, code="vreemdelingenrecht").first()
        return initial

    def form_valid(self, form):
        form.instance.jurist = self.request.user
        vraag = CreateAction(form.instance, user=self.request.user, form=form).execute(
            skip_permission_checks=True
        )
        vraag = form.instance if vraag is None else vraag
        moment = timezone.localtime(vraag.datum)
        messages.success(
            self.request,
            f"Vraag van {moment:%H:%M} opgeslagen. U kunt de volgende vraag registreren.",
        )
        if self.request.POST.get("actie") == "overzicht":
            return redirect("juridesk_vraag:index")
        return redirect("juridesk_registreren")

    def form_invalid(self, form):
        messages.error(self.request, "De vraag is niet opgeslagen: verbeter de velden hieronder.")
        return super().form_invalid(form)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        vandaag = timezone.localdate()
        context["vragen_vandaag"] = (
            Vraag.objects.filter(jurist=self.request.user, dag=vandaag)
            .select_related("categorie", "regio", "kanaal")
            .prefetch_related(Prefetch("themas", queryset=Waarde.objects.select_related("parent")))
            .order_by("-datum", "-pk")
        )
        context["vandaag"] = vandaag
        context["koppelingen_json"] = json.dumps(context["form"].koppelingen(), ensure_ascii=False)
        return context


# --- Listing ------------------------------------------------------------------------


class VraagFilterSet(WagtailFilterSet):
    datum = django_filters.DateFromToRangeFilter(
        label="Periode", field_name="dag", widget=DateRangePickerWidget
    )
    jurist = django_filters.ModelChoiceFilter(
        label="Jurist",
        queryset=get_user_model()
        .objects.filter(groups__name__in=["Juristen", "Coördinatoren"])
        .distinct()
        .order_by("first_name", "username"),
    )
    thema = django_filters.ModelChoiceFilter(
        label="Thema",
        field_name="themas",
        queryset=Waarde.objects.filter(lijst=THEMA).select_related("parent"),
    )

    class Meta:
        model = Vraag
        fields = [
            "datum",
            KANAAL,
            LIJN,
            REGIO,
            CATEGORIE,
            SECTOR,
            "thema",
            VERBLIJFSSITUATIE,
            NATIONALITEIT,
            DOSSIER,
            AFHANDELING,
            "jurist",
        ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for naam in ENKELVOUDIG:
            veld = self.filters[naam]
            veld.queryset = Waarde.objects.filter(lijst=naam).order_by("volgorde", "label")
            veld.extra["null_label"] = LIJSTEN[naam].leeg_label
            veld.null_label = LIJSTEN[naam].leeg_label


class _Echo:
    """A file that hands back what is written: a CSV writer per streamed line."""

    def write(self, waarde):
        return waarde


def _lokaal(moment):
    return timezone.localtime(moment) if timezone.is_aware(moment) else moment


class VraagIndexView(IndexView):
    """The listing: filters, a search over the descriptions, and exports in Brussels time;
    the CSV for Belgian Excel (`;`, UTF-8 with BOM), every cell neutralised against
    formulas (core.csvbestand)."""

    custom_value_preprocess = {
        **IndexView.custom_value_preprocess,
        datetime.datetime: {
            IndexView.FORMAT_CSV: lambda moment: f"{_lokaal(moment):%d-%m-%Y %H:%M}",
            IndexView.FORMAT_XLSX: lambda moment: timezone.make_naive(_lokaal(moment)),
        },
    }

    def search_queryset(self, queryset):
        # every word of the search, in any order, somewhere in the description
        for woord in self.search_query.split()[:10]:
            queryset = queryset.filter(beschrijving__icontains=woord)
        return queryset

    def stream_csv(self, queryset):
        schrijver = excel_schrijver(_Echo(), met_bom=False)
        yield BOM
        yield schrijver.writerow([self.get_heading(queryset, veld) for veld in self.list_export])
        for vraag in queryset:
            yield schrijver.writerow(
                [
                    self.preprocess_field_value(veld, waarde, self.FORMAT_CSV)
                    for veld, waarde in self.to_row_dict(vraag).items()
                ]
            )

    def write_csv_response(self, queryset):
        response = super().write_csv_response(queryset)
        response["Content-Type"] = "text/csv; charset=utf-8"
        return response

    def get(self, request, *args, **kwargs):
        if self.is_export and not request.user.has_perm("juridesk.vragen_exporteren"):
            raise PermissionDenied
        return super().get(request, *args, **kwargs)

    @cached_property
    def show_export_buttons(self):
        return bool(self.list_export) and self.request.user.has_perm("juridesk.vragen_exporteren")

    def get_base_queryset(self):
        return (
            super()
            .get_base_queryset()
            .select_related(
                "kanaal",
                "lijn",
                "regio",
                "categorie",
                "sector",
                "verblijfssituatie",
                "nationaliteit",
                "dossier",
                "afhandeling",
                "jurist",
            )
            .prefetch_related(Prefetch("themas", queryset=Waarde.objects.select_related("parent")))
        )


class VraagEditView(EditView):
    """The correction form; with `?next=` (from today's list on the logging screen) a
    save returns there instead of to the listing."""

    def get_edit_url(self):
        url = super().get_edit_url()
        volgende = get_valid_next_url_from_request(self.request)
        return f"{url}?{urlencode({'next': volgende}, safe='/')}" if volgende else url

    def get_success_url(self):
        return get_valid_next_url_from_request(self.request) or super().get_success_url()


class VraagViewSet(ModelViewSet):
    model = Vraag
    icon = "help"
    menu_label = "Alle vragen"
    add_to_admin_menu = False
    url_prefix = "juridesk/vragen"
    name = "juridesk_vraag"
    # Questions reference nothing worth a "usage" view; indexing a million of them would
    # only slow every save down.
    add_to_reference_index = False
    index_view_class = VraagIndexView
    edit_view_class = VraagEditView
    filterset_class = VraagFilterSet
    list_display = ["__str__", "kanaal", "lijn", "categorie", "regio", "thema_labels", "jurist"]
    list_per_page = 50
    search_fields = ["beschrijving"]
    ordering = ["-datum", "-pk"]
    copy_view_enabled = False
    inspect_view_enabled = True
    list_export = [
        "datum",
        "kanaal",
        "lijn",
        "regio",
        "categorie",
        "sector",
        "thema_labels",
        "verblijfssituatie",
        "nationaliteit",
        "dossier",
        "afhandeling",
        "duur",
        "beschrijving",
        "jurist",
    ]
    export_headings = {"thema_labels": "Thema's", "jurist": "Jurist"}
    export_filename = "juridesk-vragen"

    def get_form_class(self, for_update=False):
        return VraagForm

    @property
    def add_view(self):
        return RegistreerView.as_view()


# --- Lists --------------------------------------------------------------------------


class WaardeFilterSet(WagtailFilterSet):
    lijst = django_filters.ChoiceFilter(label="Lijst", choices=LIJST_KEUZES)
    actief = django_filters.BooleanFilter(label="Actief")

    class Meta:
        model = Waarde
        fields = ["lijst", "actief"]


class WaardeViewSet(ModelViewSet):
    model = Waarde
    icon = "list-ul"
    menu_label = "Lijsten"
    add_to_admin_menu = False
    url_prefix = "juridesk/lijsten"
    name = "juridesk_waarde"
    filterset_class = WaardeFilterSet
    list_display = ["label", "lijst", "code", "volgorde", "actief", "parent"]
    search_fields = ["label", "code"]
    list_per_page = 50
    ordering = ["lijst", "volgorde", "label"]
    copy_view_enabled = False

    def get_form_class(self, for_update=False):
        return WaardeForm


class ThemaKoppelingFilterSet(WagtailFilterSet):
    thema = django_filters.ModelChoiceFilter(
        label="Juridesk-thema",
        queryset=Waarde.objects.filter(lijst=THEMA).select_related("parent"),
    )

    class Meta:
        model = ThemaKoppeling
        fields = ["thema"]


class ThemaKoppelingViewSet(ModelViewSet):
    """Which theme page answers which juridesk theme (`juridesk_themakoppeling` imports
    them from CSV)."""

    model = ThemaKoppeling
    icon = "link"
    menu_label = "Themakoppelingen"
    add_to_admin_menu = False
    url_prefix = "juridesk/themakoppelingen"
    name = "juridesk_themakoppeling"
    filterset_class = ThemaKoppelingFilterSet
    list_display = ["thema", "pagina"]
    search_fields = ["thema__label", "pagina__title"]
    list_per_page = 100
    ordering = ["thema__volgorde", "pagina__title"]
    copy_view_enabled = False

    def get_queryset(self, request):
        return ThemaKoppeling.objects.select_related("thema__parent", "pagina")

    def get_form_class(self, for_update=False):
        return ThemaKoppelingForm


# --- Statistics ---------------------------------------------------------------------


def _resultaat(request):
    form = PeriodeForm(request.GET or None)
    if request.GET and not form.is_valid():
        return form, None
    data = form.cleaned_data if request.GET else {}
    periode, vergelijking = PeriodeForm.perioden(data)
    return form, stats.statistiek(periode, vergelijking)


class StatistiekView(PermissieMixin, WagtailAdminTemplateMixin, TemplateView):
    permissie = "juridesk.statistieken_bekijken"
    template_name = "juridesk/statistieken.html"
    page_title = "Juridesk-statistieken"
    header_icon = "table"

    def get_breadcrumbs_items(self):
        return [BREADCRUMB_HOME, {"url": "", "label": "Juridesk-statistieken"}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        form, resultaat = _resultaat(self.request)
        context["form"] = form
        context["resultaat"] = resultaat
        if resultaat:
            query = self.request.GET.urlencode()
            context["totaal"] = opmaak.aantal(resultaat.totaal)
            context["totaal_vergelijking"] = opmaak.aantal(resultaat.totaal_vergelijking)
            context["periode_label"] = resultaat.periode.label
            context["vergelijking_label"] = resultaat.vergelijking.label
            context["tabellen"] = [
                {
                    "naam": naam,
                    "titel": LIJSTEN[naam].kolom,
                    "grafiek_alt": (
                        f"Staafdiagram: {LIJSTEN[naam].kolom}, {context['periode_label']} naast "
                        f"{context['vergelijking_label']}. De cijfers staan in de tabel hierboven."
                    ),
                    "tabel": statistiek_tabel(resultaat, naam),
                    "csv": f"{reverse('juridesk_statistieken_export', args=[naam, 'csv'])}?{query}",
                    "xlsx": f"{reverse('juridesk_statistieken_export', args=[naam, 'xlsx'])}?{query}",
                    "png": f"{reverse('juridesk_grafiek', args=[naam, 'png'])}?{query}",
                    "svg": f"{reverse('juridesk_grafiek', args=[naam, 'svg'])}?{query}",
                }
                for naam in TABELLEN
            ]
            context["alles"] = {
                formaat: f"{reverse('juridesk_statistieken_export', args=['alle', formaat])}?{query}"
                for formaat in ["csv", "xlsx", "json"]
            }
        return context


def _bestandsnaam(resultaat, naam):
    periode = resultaat.periode
    return f"juridesk-{naam}-{periode.van.isoformat()}-{periode.tot.isoformat()}"


class StatistiekExportView(PermissieMixin, TemplateView):
    permissie = "juridesk.statistieken_bekijken"

    def get(self, request, tabel, formaat):
        if tabel != "alle" and tabel not in TABELLEN:
            raise Http404("Onbekende tabel")
        form, resultaat = _resultaat(request)
        if resultaat is None:
            return HttpResponse(
                "Ongeldige periode: "
                + " ".join(f"{veld}: {' '.join(fouten)}" for veld, fouten in form.errors.items()),
                status=400,
                content_type="text/plain; charset=utf-8",
            )
        tabellen = None if tabel == "alle" else [tabel]
        naam = _bestandsnaam(resultaat, tabel)
        if formaat == "csv":
            response = HttpResponse(
                exports.als_csv(resultaat, tabellen), content_type="text/csv; charset=utf-8"
            )
        elif formaat == "xlsx":
            response = HttpResponse(
                exports.als_xlsx(resultaat, tabellen),
                content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            )
        elif formaat == "json" and tabel == "alle":
            response = HttpResponse(
                exports.als_json(resultaat), content_type="application/json; charset=utf-8"
            )
        else:
            raise Http404("Onbekend formaat")
        response["Content-Disposition"] = f'attachment; filename="{naam}.{formaat}"'
        return response


class GrafiekView(PermissieMixin, TemplateView):
    permissie = "juridesk.statistieken_bekijken"

    def get(self, request, tabel, formaat):
        if tabel not in TABELLEN or formaat not in charts.FORMATEN:
            raise Http404("Onbekende grafiek")
        form, resultaat = _resultaat(request)
        if resultaat is None:
            return HttpResponse("Ongeldige periode", status=400, content_type="text/plain")
        response = HttpResponse(
            charts.grafiek(resultaat, tabel, formaat), content_type=charts.FORMATEN[formaat]
        )
        response["Content-Disposition"] = (
            f'inline; filename="{_bestandsnaam(resultaat, tabel)}.{formaat}"'
        )
        return response
