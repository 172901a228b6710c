"""The admin page "Jaarverslag" (coordinators only): the chapter of a year against a
comparison year, as the command writes it, with its downloads (JSON, HTML, DOCX) and the
PNG of figures 58 and 59. Nothing here is public; a bad year is a Dutch message, never
a 500."""

import datetime

from django import forms
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.urls import reverse, reverse_lazy
from django.views.generic import TemplateView, View
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from . import grafieken, uitvoer
from .berekening import EERSTE_JAAR, LAATSTE_JAAR, bereken

PERMISSIE = "jaarverslag.jaarverslag_maken"


class JaarForm(forms.Form):
    jaar = forms.IntegerField(
        label="Jaar",
        min_value=EERSTE_JAAR,
        max_value=LAATSTE_JAAR,
        error_messages={"invalid": "Geef een jaartal, bv. 2024."},
    )
    vergelijk = forms.IntegerField(
        label="Vergelijken met",
        required=False,
        min_value=EERSTE_JAAR,
        max_value=LAATSTE_JAAR,
        help_text="Leeg: het jaar ervoor.",
        error_messages={"invalid": "Geef een jaartal, bv. 2023."},
    )

    def clean(self):
        data = super().clean()
        if data.get("jaar") and data.get("vergelijk") == data["jaar"]:
            raise forms.ValidationError("Het vergelijkingsjaar moet een ander jaar zijn.")
        return data

    def jaren(self):
        jaar = self.cleaned_data["jaar"]
        return jaar, self.cleaned_data.get("vergelijk") or jaar - 1


def _form(request):
    gegevens = request.GET if "jaar" in request.GET else {"jaar": datetime.date.today().year - 1}
    return JaarForm(gegevens)


class PermissieMixin:
    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(PERMISSIE):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class RapportView(PermissieMixin, WagtailAdminTemplateMixin, TemplateView):
    template_name = "jaarverslag/rapport.html"
    page_title = "Jaarverslag"
    header_icon = "doc-full-inverse"

    def get_breadcrumbs_items(self):
        return [
            {"url": reverse_lazy("wagtailadmin_home"), "label": "Start"},
            {"url": "", "label": "Jaarverslag: juridische dienstverlening"},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        form = _form(self.request)
        context["form"] = form
        if not form.is_valid():
            return context
        jaar, vergelijking = form.jaren()
        verslag = bereken(jaar, vergelijking)
        query = f"?vergelijk={vergelijking}"

        def grafiek_url(naam):
            return reverse("jaarverslag_grafiek", args=[jaar, naam]) + query

        context["blokken"] = uitvoer.blokken_met_grafieken(verslag, grafiek_url)
        context["jaar"], context["vergelijking"] = jaar, vergelijking
        context["downloads"] = [
            (formaat.upper(), reverse("jaarverslag_download", args=[jaar, formaat]) + query)
            for formaat in uitvoer.FORMATEN
        ]
        context["grafieken"] = [
            (naam.replace("-", " "), grafiek_url(naam)) for naam in grafieken.NAMEN
        ]
        return context


def _jaren(request, jaar):
    form = JaarForm({"jaar": jaar, "vergelijk": request.GET.get("vergelijk", "")})
    if not form.is_valid():
        raise Http404("Geen geldig jaar")
    return form.jaren()


class DownloadView(PermissieMixin, View):
    def get(self, request, jaar, formaat):
        if formaat not in uitvoer.FORMATEN:
            raise Http404("Onbekend formaat")
        jaar, vergelijking = _jaren(request, jaar)
        verslag = bereken(jaar, vergelijking)
        response = HttpResponse(
            uitvoer.maak(verslag, formaat), content_type=uitvoer.FORMATEN[formaat]
        )
        naam = f"jaarverslag-juridische-dienstverlening-{jaar}.{formaat}"
        response["Content-Disposition"] = f'attachment; filename="{naam}"'
        return response


class GrafiekView(PermissieMixin, View):
    def get(self, request, jaar, naam):
        if naam not in grafieken.NAMEN:
            raise Http404("Onbekende figuur")
        jaar, vergelijking = _jaren(request, jaar)
        response = HttpResponse(
            grafieken.png(bereken(jaar, vergelijking).data, naam), content_type="image/png"
        )
        response["Content-Disposition"] = f'inline; filename="{naam}-{jaar}.png"'
        return response
