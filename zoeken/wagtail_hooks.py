"""The synonym list in the Wagtail admin ("Synoniemen"), for editors to maintain."""

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import CreateView, SnippetViewSet

from .models import Synoniemgroep


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


register_snippet(SynoniemViewSet)
