"""The synonym list in the Wagtail admin ("Synoniemen"), for editors to maintain."""

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Synoniemgroep


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


register_snippet(SynoniemViewSet)
