"""The newsletter in the Wagtail admin: menu "Nieuwsbrief" with Edities (edit, preview as the
e-mail itself, test send, send, counts) and Abonnees (filters, search; deleting one is the
erasure of that address on request)."""

from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.admin.ui.tables import Column
from wagtail.admin.widgets.button import HeaderButton, ListingButton
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import IndexView, SnippetViewSet, SnippetViewSetGroup

from . import admin_views
from .models import Abonnee, Editie


def _teller(status, label):
    return Column(status, label=label, accessor=lambda editie: editie.tellingen()[status])


class EditieIndexView(IndexView):
    def get_base_queryset(self):
        # The counts of every row in the listing's own query (see Editie.tellingen).
        return super().get_base_queryset().met_tellingen()

    @property
    def header_buttons(self):
        return [
            *super().header_buttons,
            HeaderButton(
                "Opstellen uit nieuwe inhoud",
                url=reverse("nieuwsbrief_admin:opstellen"),
                icon_name="mail",
            ),
        ]


class EditieViewSet(SnippetViewSet):
    model = Editie
    icon = "mail"
    menu_label = "Edities"
    index_view_class = EditieIndexView
    list_display = [
        "titel",
        "soort",
        Column("status_label", label="Status"),
        _teller("wachtrij", "In de wachtrij"),
        _teller("verzonden", "Verzonden"),
        _teller("mislukt", "Mislukt"),
        _teller("onbestelbaar", "Onbestelbaar"),
        _teller("uitgeschreven_sindsdien", "Uitgeschreven sindsdien"),
    ]
    list_filter = ["soort", "status"]
    search_fields = ["titel"]
    ordering = ["-aangemaakt_op"]


class AbonneeViewSet(SnippetViewSet):
    model = Abonnee
    icon = "user"
    menu_label = "Abonnees"
    list_display = [
        "email",
        Column("lijsten_label", label="Lijsten"),
        "status",
        "toestemming_op",
        "bron",
    ]
    list_filter = ["status", "nieuwsbrief", "rechtspraak", "meldingen", "bron"]
    search_fields = ["email"]
    list_per_page = 50
    panels = [
        FieldPanel("email"),
        FieldRowPanel([FieldPanel("nieuwsbrief"), FieldPanel("rechtspraak")]),
        FieldRowPanel([FieldPanel("meldingen"), FieldPanel("frequentie")]),
        FieldRowPanel([FieldPanel("status"), FieldPanel("bron")]),
        FieldPanel("toestemming_op"),
        FieldPanel("toestemming"),
        FieldPanel("reden_uitschrijving"),
    ]


class NieuwsbriefGroep(SnippetViewSetGroup):
    menu_label = "Nieuwsbrief"
    menu_icon = "mail"
    menu_order = 320
    items = (EditieViewSet, AbonneeViewSet)


register_snippet(NieuwsbriefGroep)


@hooks.register("register_admin_urls")
def nieuwsbrief_urls():
    from django.urls import include

    return [
        path(
            "nieuwsbrief/",
            include(
                (
                    [
                        path("opstellen/", admin_views.opstellen, name="opstellen"),
                        path("verzenden/<int:pk>/", admin_views.verzenden, name="verzenden"),
                    ],
                    "nieuwsbrief_admin",
                )
            ),
        )
    ]


@hooks.register("register_snippet_listing_buttons")
def verzend_knop(snippet, user, next_url=None):
    if isinstance(snippet, Editie) and user.has_perm("nieuwsbrief.change_editie"):
        yield ListingButton(
            "Testmail, verzenden en tellingen",
            url=reverse("nieuwsbrief_admin:verzenden", args=[snippet.pk]),
            icon_name="mail",
            priority=5,
        )
