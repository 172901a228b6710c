"""Public pages: subscribe, follow, confirm (double opt-in), manage lists and follows,
unsubscribe (RFC 8058)."""

from datetime import timedelta

from django.core import signing
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from core.parameters import geheel_getal

from .beveiliging import (
    bevestigingssleutel,
    client_van,
    geldigheid,
    lees_bevestigingssleutel,
    lees_volgwensen,
    te_vaak,
)
from .forms import BeherenForm, InschrijvenForm, VolgenBeherenForm, VolgenForm
from .mail import PROEF_TOKEN
from .models import LIJSTEN, Abonnee, lijsten_labels, normaliseer_email
from .tasks import stuur_bevestiging
from .volgen import beschrijf, keuzes_van, volg

TE_VAAK = (
    "Er zijn te veel aanvragen gedaan voor dit adres of vanaf deze verbinding. "
    "Probeer het over een uur opnieuw."
)


@require_http_methods(["GET", "POST"])
def inschrijven(request):
    form = InschrijvenForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        email = normaliseer_email(form.cleaned_data["email"])
        if not _vraag_bevestiging(request, email, form.cleaned_data["lijsten"]):
            form.add_error(None, TE_VAAK)
            return render(request, "nieuwsbrief/inschrijven.html", {"form": form}, status=429)
        return redirect("nieuwsbrief:bedankt")
    return render(
        request,
        "nieuwsbrief/inschrijven.html",
        {"form": form},
        status=400 if request.method == "POST" else 200,
    )


def _vraag_bevestiging(request, email, lijsten, volgt=None, frequentie=None):
    """Ask for the double opt-in by mail; False when this address or client asked too often."""
    if te_vaak(email, client_van(request)):
        return False
    # Unconfirmed requests are kept no longer than their link is valid.
    Abonnee.objects.filter(
        status=Abonnee.Status.WACHTEND,
        aangevraagd_op__lt=timezone.now() - timedelta(seconds=geldigheid()),
    ).delete()
    abonnee, gemaakt = Abonnee.objects.get_or_create(
        email=email, defaults={"status": Abonnee.Status.WACHTEND}
    )
    if not gemaakt and abonnee.status == Abonnee.Status.WACHTEND:
        abonnee.aangevraagd_op = timezone.now()
        abonnee.save(update_fields=["aangevraagd_op"])
    link = request.build_absolute_uri(
        reverse(
            "nieuwsbrief:bevestigen", args=[bevestigingssleutel(email, lijsten, volgt, frequentie)]
        )
    )
    # Known or not, confirmed or not: the same mail, the same answer.
    stuur_bevestiging.enqueue(email, lijsten, link, beschrijf(volgt) if volgt else "")
    return True


def _uit_url(params):
    """The follow form's first choices from the link she came by: ?thema=<id>, ?dossier=<id>,
    ?instantie=<code>, ?rechtspraak=1 (?zoekopdracht=... is passed to the form itself)."""
    from rechtspraak.models import Instantie

    def ids(naam):
        return [i for i in (geheel_getal(w, minimum=1) for w in params.getlist(naam)) if i]

    codes = params.getlist("instantie")
    return {
        "themas": ids("thema"),
        "dossiers": ids("dossier"),
        "instanties": list(Instantie.objects.filter(code__in=codes).values_list("pk", flat=True)),
        "rechtspraak": params.get("rechtspraak") == "1",
        "zoekopdrachten": params.getlist("zoekopdracht"),
    }


@require_http_methods(["GET", "POST"])
def volgen(request):
    """The public follow page, reached from "Volg dit thema", a dossier or the case-law search."""
    zoekopdrachten = request.GET.getlist("zoekopdracht")
    if request.method == "POST":
        form = VolgenForm(request.POST, zoekopdrachten=zoekopdrachten)
    else:
        form = VolgenForm(initial=_uit_url(request.GET), zoekopdrachten=zoekopdrachten)
    status = 200
    if request.method == "POST":
        status = 400
        if form.is_valid():
            email = normaliseer_email(form.cleaned_data["email"])
            keuzes, frequentie = form.keuzes(), form.cleaned_data["frequentie"]
            if _vraag_bevestiging(request, email, ["meldingen"], keuzes, frequentie):
                return redirect("nieuwsbrief:bedankt")
            form.add_error(None, TE_VAAK)
            status = 429
    return render(request, "nieuwsbrief/volgen.html", {"form": form}, status=status)


@require_http_methods(["GET", "POST"])
def volgen_beheren(request, token):
    """What she follows, changed through her personal link (no new confirmation while she is
    subscribed, as for her lists on the manage page)."""
    if token == PROEF_TOKEN:
        return render(request, "nieuwsbrief/proeflink.html")
    abonnee = get_object_or_404(Abonnee, token=token)
    huidig = keuzes_van(abonnee)
    initieel = _uit_url(request.GET)
    for soort, veld in (("thema", "themas"), ("dossier", "dossiers"), ("instantie", "instanties")):
        initieel[veld] += [w for s, w in huidig if s == soort]
    initieel["rechtspraak"] |= ["rechtspraak", ""] in huidig
    initieel["zoekopdrachten"] += [w for s, w in huidig if s == "zoekopdracht"]
    initieel["frequentie"] = abonnee.frequentie
    form = VolgenBeherenForm(
        request.POST if request.method == "POST" else None,
        initial=initieel,
        zoekopdrachten=initieel["zoekopdrachten"],
    )
    context = {"abonnee": abonnee, "form": form}
    status = 200
    if request.method == "POST" and form.is_valid():
        keuzes, frequentie = form.keuzes(), form.cleaned_data["frequentie"]
        if abonnee.status == Abonnee.Status.INGESCHREVEN or not keuzes:
            volg(abonnee, keuzes, frequentie, vervang=True)
            context["opgeslagen"] = True
            context["volgt"] = list(abonnee.volgt.all())
        elif _vraag_bevestiging(request, abonnee.email, ["meldingen"], keuzes, frequentie):
            context["bevestiging_gestuurd"] = True
        else:
            context["te_veel"] = True
            status = 429
    return render(request, "nieuwsbrief/volgen_beheren.html", context, status=status)


def link_nog_geldig(abonnee, gemaakt_op):
    """A confirmation link ends when the address confirmed (this link or a later one) or left
    (unsubscribed, bounced) after the link was made: it works once, and a consent withdrawn
    is never revived by a link that predates the withdrawal."""
    if abonnee is None:
        return True
    return all(
        moment is None or moment < gemaakt_op
        for moment in (abonnee.toestemming_op, abonnee.uitgeschreven_op)
    )


def _link_niet_meer_geldig(request):
    return render(request, "nieuwsbrief/link_ongeldig.html", {"gebruikt": True}, status=410)


def bedankt(request):
    return render(request, "nieuwsbrief/bedankt.html")


@require_http_methods(["GET", "POST"])
def bevestigen(request, sleutel):
    try:
        email, lijsten, gemaakt_op = lees_bevestigingssleutel(sleutel)
    except signing.SignatureExpired:
        return render(request, "nieuwsbrief/link_ongeldig.html", {"verlopen": True}, status=410)
    except signing.BadSignature:
        return render(request, "nieuwsbrief/link_ongeldig.html", {"verlopen": False}, status=404)
    volgt, frequentie = lees_volgwensen(sleutel)
    if request.method == "GET":
        if not link_nog_geldig(Abonnee.objects.filter(email=email).first(), gemaakt_op):
            return _link_niet_meer_geldig(request)
        # A button, not an automatic confirmation: mail scanners follow links by themselves.
        return render(
            request,
            "nieuwsbrief/bevestigen.html",
            {"email": email, "lijsten": lijsten_labels(lijsten), "volgt": beschrijf(volgt)},
        )
    with transaction.atomic():
        abonnee, _ = Abonnee.objects.get_or_create(email=email)
        # Locked: two posts of one link at once confirm once.
        abonnee = Abonnee.objects.select_for_update().get(pk=abonnee.pk)
        if not link_nog_geldig(abonnee, gemaakt_op):
            return _link_niet_meer_geldig(request)
        abonnee.bevestig(lijsten, beschrijf(volgt))
        if volgt:
            volg(abonnee, volgt, frequentie)
    return render(
        request,
        "nieuwsbrief/bevestigd.html",
        {"abonnee": abonnee, "lijsten": lijsten_labels(lijsten)},
    )


@require_http_methods(["GET", "POST"])
def beheren(request, token):
    if token == PROEF_TOKEN:
        return render(request, "nieuwsbrief/proeflink.html")
    abonnee = get_object_or_404(Abonnee, token=token)
    form = BeherenForm(
        request.POST if request.method == "POST" else None, initial={"lijsten": abonnee.lijsten}
    )
    opgeslagen = bevestiging_gestuurd = te_veel = False
    if request.method == "POST" and form.is_valid():
        gekozen = set(form.cleaned_data["lijsten"])
        if not gekozen:
            if abonnee.status == Abonnee.Status.INGESCHREVEN:
                abonnee.schrijf_uit(reden="uitgeschreven via de beheerpagina")
            opgeslagen = True
        elif abonnee.status == Abonnee.Status.INGESCHREVEN:
            abonnee.kies_lijsten(gekozen)
            opgeslagen = True
        else:
            # Coming back after leaving (or a bounce) is a new consent: it is asked for by
            # mail, as on the subscribe form, not taken from a link in an old mail.
            bevestiging_gestuurd = _vraag_bevestiging(request, abonnee.email, sorted(gekozen))
            te_veel = not bevestiging_gestuurd
        form = BeherenForm(initial={"lijsten": abonnee.lijsten})
    return render(
        request,
        "nieuwsbrief/beheren.html",
        {
            "abonnee": abonnee,
            "form": form,
            "opgeslagen": opgeslagen,
            "bevestiging_gestuurd": bevestiging_gestuurd,
            "te_veel": te_veel,
        },
        status=429 if te_veel else 200,
    )


@csrf_exempt  # RFC 8058: mailbox providers POST here without cookies or a CSRF token.
@require_http_methods(["GET", "POST"])
def afmelden(request, token, lijst=None):
    if lijst is not None and lijst not in LIJSTEN:
        return render(request, "404.html", status=404)
    if token == PROEF_TOKEN:
        return render(request, "nieuwsbrief/proeflink.html")
    abonnee = get_object_or_404(Abonnee, token=token)
    context = {"abonnee": abonnee, "lijst": lijst, "lijst_naam": LIJSTEN.get(lijst)}
    if request.method == "GET":
        return render(request, "nieuwsbrief/afmelden.html", context)
    abonnee.schrijf_uit(lijst, reden="afgemeld via de link in de mail")
    return render(request, "nieuwsbrief/afgemeld.html", context)
