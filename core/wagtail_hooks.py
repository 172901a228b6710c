"""Admin additions of core: the two-step login screens (under /admin/tweestap/)."""

from django.urls import path, reverse
from wagtail import hooks

from . import tweestap


@hooks.register("register_admin_urls")
def tweestap_urls():
    return [
        path("tweestap/", tweestap.beheer, name="core_tweestap"),
        path("tweestap/verifieer/", tweestap.verifieer, name="core_tweestap_verifieer"),
    ]


@hooks.register("register_account_menu_item")
def tweestap_in_account_menu(request):
    return {
        "url": reverse("core_tweestap"),
        "label": "Tweestapsverificatie",
        "help_text": "Vraag na je wachtwoord een code uit een authenticator-app.",
    }
