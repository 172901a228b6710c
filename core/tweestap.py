"""Two-step login for admin accounts (TOTP through django-otp).

Optional per account: a user sets it up under Account > Tweestapsverificatie by scanning
a QR code with an authenticator app and typing one code. From then on TweeStapMiddleware
sends that user to ``verifieer`` after the password, for every admin page, until a code
from the app is given. Wrong codes are throttled by django-otp (exponential back-off)."""

import segno
from django import forms
from django.contrib import messages
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django_otp import login as otp_login
from django_otp import match_token, user_has_device
from django_otp.plugins.otp_totp.models import TOTPDevice

TOESTEL_NAAM = "Authenticator-app"


class CodeForm(forms.Form):
    code = forms.CharField(
        label="Code uit je authenticator-app",
        min_length=6,
        max_length=8,
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "autofocus": True}
        ),
        help_text="Zes cijfers, om de 30 seconden nieuw.",
    )

    def clean_code(self):
        code = self.cleaned_data["code"].replace(" ", "")
        if not code.isdigit():
            raise forms.ValidationError("Een code bestaat alleen uit cijfers.")
        return code


def _volgende(request):
    volgende = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(
        volgende, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return volgende
    return reverse("wagtailadmin_home")


def verifieer(request):
    """The second step after the password: a code from the app."""
    if request.user.is_verified() or not user_has_device(request.user, confirmed=True):
        return redirect(_volgende(request))
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        toestel = match_token(request.user, form.cleaned_data["code"])
        if toestel is not None:
            otp_login(request, toestel)
            return redirect(_volgende(request))
        form.add_error("code", "Deze code klopt niet (of is verlopen). Probeer de volgende code.")
    return render(
        request,
        "core/tweestap/verifieer.html",
        {"form": form, "next": _volgende(request), "page_title": "Tweestapsverificatie"},
    )


def beheer(request):
    """Set up (or switch off) the second step for one's own account."""
    user = request.user
    bevestigd = TOTPDevice.objects.filter(user=user, confirmed=True).first()
    form = CodeForm(request.POST or None)
    if bevestigd:
        if request.method == "POST" and form.is_valid():
            if bevestigd.verify_token(form.cleaned_data["code"]):
                TOTPDevice.objects.filter(user=user).delete()
                messages.success(request, "Tweestapsverificatie staat uit voor je account.")
                return redirect("core_tweestap")
            form.add_error("code", "Deze code klopt niet. Tweestapsverificatie staat nog aan.")
        return render(
            request,
            "core/tweestap/beheer.html",
            {"form": form, "actief": True, "page_title": "Tweestapsverificatie"},
        )

    toestel = TOTPDevice.objects.filter(user=user, confirmed=False).first()
    if toestel is None:
        toestel = TOTPDevice.objects.create(user=user, name=TOESTEL_NAAM, confirmed=False)
    if request.method == "POST" and form.is_valid():
        if toestel.verify_token(form.cleaned_data["code"]):
            toestel.confirmed = True
            toestel.save(update_fields=["confirmed"])
            otp_login(request, toestel)
            messages.success(
                request,
                "Tweestapsverificatie staat aan. Voortaan vragen we na je wachtwoord een code.",
            )
            return redirect("core_tweestap")
        form.add_error("code", "Deze code klopt niet. Controleer de tijd op je telefoon.")
    import base64

    geheim = base64.b32encode(toestel.bin_key).decode().rstrip("=")
    qr = segno.make(toestel.config_url, error="m").svg_inline(
        scale=5, title="QR-code voor je authenticator-app"
    )
    return render(
        request,
        "core/tweestap/beheer.html",
        {
            "form": form,
            "actief": False,
            "qr": qr,
            "geheim": " ".join(geheim[i : i + 4] for i in range(0, len(geheim), 4)),
            "page_title": "Tweestapsverificatie",
        },
    )
