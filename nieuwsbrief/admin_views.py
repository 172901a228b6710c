"""Admin pages beside Wagtail's snippet views: compose a draft, test send, send, counts."""

import smtplib

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.views.decorators.http import require_http_methods

from . import leveringen, verzending
from .forms import AdresVeld
from .models import Editie
from .opstellen import stel_op
from .tasks import PlannenOnmogelijk, plan_verzending, verzend_editie


class ProefForm(forms.Form):
    email = AdresVeld(
        label="Testmail naar",
        error_messages={
            "invalid": "Dit is geen geldig e-mailadres.",
            "required": "Vul een adres in.",
        },
    )


class PlanForm(forms.Form):
    moment = forms.DateTimeField(
        label="Verzenden op",
        input_formats=["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M"],
        help_text="Datum en uur (Belgische tijd). Tot de verzending begint, kun je annuleren.",
        widget=forms.DateTimeInput(
            attrs={"type": "datetime-local", "aria-describedby": "hulp-moment"},
            format="%Y-%m-%dT%H:%M",
        ),
        error_messages={
            "invalid": "Geef een geldige datum en een geldig uur.",
            "required": "Kies een datum en een uur.",
        },
    )

    def clean_moment(self):
        moment = self.cleaned_data["moment"]
        if moment <= timezone.now():
            raise forms.ValidationError("Kies een moment in de toekomst.")
        return moment


class OpstellenForm(forms.Form):
    soort = forms.ChoiceField(label="Soort", choices=Editie.Soort.choices)
    sinds = forms.DateField(
        label="Inhoud gepubliceerd sinds",
        required=False,
        help_text="Leeg: sinds de vorige editie van deze soort.",
        widget=forms.DateInput(attrs={"type": "date"}),
        error_messages={"invalid": "Geef een geldige datum."},
    )


def _mag(request, actie="change"):
    if not request.user.has_perm(f"nieuwsbrief.{actie}_editie"):
        raise PermissionDenied


def stuur_proef(editie, email):
    verzending.verstuur_proef(editie, email)


@require_http_methods(["GET", "POST"])
def verzenden(request, pk):
    _mag(request)
    editie = get_object_or_404(Editie, pk=pk)
    proef_form = ProefForm(initial={"email": request.user.email})
    plan_form = PlanForm()
    if request.method == "POST" and request.POST.get("actie") == "proef":
        proef_form = ProefForm(request.POST)
        if proef_form.is_valid():
            adres = proef_form.cleaned_data["email"]
            try:
                stuur_proef(editie, adres)
            except (smtplib.SMTPException, OSError) as fout:
                messages.error(request, f"De testmail naar {adres} is niet verstuurd: {fout}")
            else:
                messages.success(request, f"Testmail verstuurd naar {adres}.")
            return redirect(request.path)
    elif request.method == "POST" and request.POST.get("actie") == "verzenden":
        if editie.status != Editie.Status.CONCEPT:
            messages.error(request, "Deze editie is al verzonden of wordt verzonden.")
        else:
            aantal = leveringen.zet_in_wachtrij(editie)
            verzend_editie.enqueue(editie.pk)
            messages.success(request, f"De editie staat in de wachtrij voor {aantal} abonnees.")
        return redirect(request.path)
    elif request.method == "POST" and request.POST.get("actie") == "inplannen":
        plan_form = PlanForm(request.POST)
        if plan_form.is_valid():
            moment = plan_form.cleaned_data["moment"]
            try:
                plan_verzending(editie, moment)
            except (ValueError, PlannenOnmogelijk) as fout:
                messages.error(request, str(fout))
            else:
                wanneer = date_format(timezone.localtime(moment), "j F Y \\o\\m H:i")
                messages.success(request, f"De editie is gepland voor {wanneer}.")
            return redirect(request.path)
    elif request.method == "POST" and request.POST.get("actie") == "annuleren":
        try:
            editie.annuleer_planning()
        except ValueError as fout:
            messages.error(request, str(fout))
        else:
            messages.success(request, "De planning is geannuleerd: de editie is weer een concept.")
        return redirect(request.path)
    return TemplateResponse(
        request,
        "nieuwsbrief/admin/verzenden.html",
        {
            "editie": editie,
            "tellingen": leveringen.tellingen(editie),
            "aantal_ontvangers": leveringen.ontvangers(editie).count(),
            "proef_form": proef_form,
            "plan_form": plan_form,
            "edit_url": reverse("wagtailsnippets_nieuwsbrief_editie:edit", args=[editie.pk]),
            "header_title": f"Verzenden: {editie.titel}",
        },
    )


@require_http_methods(["GET", "POST"])
def opstellen(request):
    _mag(request, "add")
    form = OpstellenForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        concept = (
            Editie.objects.filter(soort=form.cleaned_data["soort"], status=Editie.Status.CONCEPT)
            .order_by("-aangemaakt_op", "-pk")
            .first()
        )
        if concept is not None:
            # A second draft would start where this one ends (its period) and be empty.
            messages.warning(
                request,
                f"Er is al een concept van deze soort dat nog niet verzonden is: "
                f"'{concept.titel}'. Dat concept is geopend in plaats van een tweede, leeg "
                "concept. Wil je toch opnieuw beginnen, verwijder dan eerst dit concept.",
            )
            return redirect("wagtailsnippets_nieuwsbrief_editie:edit", concept.pk)
        editie = stel_op(form.cleaned_data["soort"], form.cleaned_data["sinds"])
        messages.success(
            request,
            f"Concept opgesteld met {editie.nieuws_items.count() + editie.uitspraak_items.count()} "
            "berichten. Controleer de volgorde, voeg een inleiding toe en bekijk het voorbeeld.",
        )
        return redirect("wagtailsnippets_nieuwsbrief_editie:edit", editie.pk)
    return TemplateResponse(
        request,
        "nieuwsbrief/admin/opstellen.html",
        {"form": form, "header_title": "Editie opstellen"},
    )
