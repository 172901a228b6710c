"""The "Inhoudsopvolging" screen in the Wagtail admin, its exports, and the action that
promotes a page for a query. For editors (Redacteurs, Moderatoren) and the juridesk's
coördinatoren; nobody else (not the jurists, nothing public)."""

import datetime

from django import forms
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode
from django.views.generic import FormView, TemplateView
from wagtail.admin import messages
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.widgets import AdminPageChooser
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from juridesk.forms import DatumVeld
from zoeken import zoeklog

from . import exports
from .gegevens import RANGSCHIKKING, bereken

MAX_PAGINAS = 50


def mag_zien(user):
    return user.is_active and (
        user.has_perm("zoeken.change_synoniemgroep")
        or user.has_perm("juridesk.statistieken_bekijken")
    )


class ToegangMixin:
    def dispatch(self, request, *args, **kwargs):
        if not mag_zien(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class PeriodeForm(forms.Form):
    van = DatumVeld(label="Van")
    tot = DatumVeld(label="tot en met")

    def periode(self):
        vandaag = timezone.localdate()
        data = self.cleaned_data if self.is_bound and self.is_valid() else {}
        tot = data.get("tot") or vandaag
        van = data.get("van") or (tot - datetime.timedelta(days=364))
        if van > tot:
            van, tot = tot, van
        return van, tot


class OpvolgingView(ToegangMixin, WagtailAdminTemplateMixin, TemplateView):
    template_name = "inhoudsopvolging/scherm.html"
    page_title = "Inhoudsopvolging"
    header_icon = "search"

    def get_breadcrumbs_items(self):
        return [
            {"url": reverse("wagtailadmin_home"), "label": "Start"},
            {"url": "", "label": "Inhoudsopvolging"},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        form = PeriodeForm(self.request.GET or None)
        van, tot = form.periode()
        opvolging = bereken(van, tot)
        query = urlencode({"van": f"{van:%d-%m-%Y}", "tot": f"{tot:%d-%m-%Y}"})
        synoniem = reverse("wagtailsnippets_zoeken_synoniemgroep:add")
        context.update(
            form=form,
            opvolging=opvolging,
            paginas=opvolging.paginas[:MAX_PAGINAS],
            meer=max(len(opvolging.paginas) - MAX_PAGINAS, 0),
            rangschikking=RANGSCHIKKING,
            zonder_resultaat=[
                (t, n, f"{synoniem}?{urlencode({'termen': t})}")
                for t, n in opvolging.zonder_resultaat
            ],
            niet_geopend=[
                (t, n, f"{reverse('inhoudsopvolging_promoot')}?{urlencode({'zoekterm': t})}")
                for t, n in opvolging.niet_geopend
            ],
            csv_url=f"{reverse('inhoudsopvolging_export', args=['csv'])}?{query}",
            xlsx_url=f"{reverse('inhoudsopvolging_export', args=['xlsx'])}?{query}",
        )
        return context


class ExportView(ToegangMixin, TemplateView):
    def get(self, request, formaat):
        van, tot = PeriodeForm(request.GET or None).periode()
        opvolging = bereken(van, tot)
        naam = f"inhoudsopvolging-{van.isoformat()}-{tot.isoformat()}.{formaat}"
        if formaat == "csv":
            antwoord = HttpResponse(
                exports.als_csv(opvolging), content_type="text/csv; charset=utf-8"
            )
        elif formaat == "xlsx":
            antwoord = HttpResponse(
                exports.als_xlsx(opvolging),
                content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            )
        else:
            return HttpResponse("Onbekend formaat", status=404, content_type="text/plain")
        antwoord["Content-Disposition"] = f'attachment; filename="{naam}"'
        return antwoord


class PromotieForm(forms.Form):
    zoekterm = forms.CharField(label="Zoekterm", max_length=zoeklog.MAX_ZOEKTERM)
    pagina = forms.ModelChoiceField(
        queryset=None,
        label="Pagina die bovenaan komt",
        widget=AdminPageChooser(),
        help_text="Wie deze zoekterm intypt, ziet deze pagina als eerste resultaat (‘Aanbevolen’).",
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        from wagtail.models import Page

        self.fields["pagina"].queryset = Page.objects.filter(depth__gt=1)


class PromootView(ToegangMixin, WagtailAdminTemplateMixin, FormView):
    """One action for a query whose results nobody opened: put a page on top of it, as a
    Wagtail search promotion (editable afterwards under Instellingen > Gepromote
    zoekresultaten)."""

    form_class = PromotieForm
    template_name = "inhoudsopvolging/promoot.html"
    page_title = "Pagina promoten voor een zoekterm"
    header_icon = "pick"

    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated and not request.user.has_perm(
            "wagtailsearchpromotions.add_searchpromotion"
        ):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_initial(self):
        return {"zoekterm": self.request.GET.get("zoekterm", "")[: zoeklog.MAX_ZOEKTERM]}

    def form_valid(self, form):
        query = Query.get(form.cleaned_data["zoekterm"])
        pagina = form.cleaned_data["pagina"]
        if not SearchPromotion.objects.filter(query=query, page=pagina).exists():
            volgende = SearchPromotion.objects.filter(query=query).count()
            SearchPromotion.objects.create(query=query, page=pagina, sort_order=volgende)
        messages.success(
            self.request,
            f"‘{pagina.title}’ staat nu bovenaan voor ‘{query.query_string}’.",
            buttons=[
                messages.button(
                    reverse("wagtailsearchpromotions:edit", args=[query.pk]), "Promotie bewerken"
                )
            ],
        )
        return redirect("inhoudsopvolging")
