"""The synonym list ("Synoniemen") and the everyday words ("Omgangstaal") in the Wagtail
admin, for editors to maintain."""

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import CreateView, SnippetViewSet

from .models import Omgangstaal, Synoniemgroep


class SynoniemCreateView(CreateView):
    """`?termen=...` fills the terms in: the follow-up screen's "Synoniem toevoegen" for a
    query that found nothing opens this form with the query already in it."""

    def get_initial_form_instance(self):
        termen = self.request.GET.get("termen", "")[:500]
        if termen:
            return Synoniemgroep(termen=f"{termen}, ", opmerking="Uit de inhoudsopvolging")
        return super().get_initial_form_instance()


class SynoniemViewSet(SnippetViewSet):
    model = Synoniemgroep
    icon = "list-ul"
    menu_label = "Synoniemen"
    menu_name = "synoniemen"
    add_to_admin_menu = True
    menu_order = 900
    list_display = ["__str__", "opmerking", "actief"]
    list_filter = ["actief"]
    search_fields = ["termen", "opmerking"]
    ordering = ["termen"]
    add_view_class = SynoniemCreateView


class OmgangstaalViewSet(SnippetViewSet):
    model = Omgangstaal
    icon = "openquote"
    menu_label = "Omgangstaal"
    menu_name = "omgangstaal"
    add_to_admin_menu = True
    menu_order = 901
    list_display = ["uitdrukking", "termen", "actief", "voorstel"]
    list_filter = ["actief", "voorstel"]
    search_fields = ["uitdrukking", "termen", "opmerking"]
    ordering = ["uitdrukking"]


register_snippet(SynoniemViewSet)
register_snippet(OmgangstaalViewSet)
