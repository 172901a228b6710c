"""The "Inhoudsopvolging" menu item (under Rapporten) and its admin URLs; shown to editors
and coördinatoren only."""

from django.urls import path, reverse_lazy
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .views import ExportView, OpvolgingView, PromootView, mag_zien


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [
        path("inhoudsopvolging/", OpvolgingView.as_view(), name="inhoudsopvolging"),
        path(
            "inhoudsopvolging/export.<slug:formaat>",
            ExportView.as_view(),
            name="inhoudsopvolging_export",
        ),
        path("inhoudsopvolging/promoot/", PromootView.as_view(), name="inhoudsopvolging_promoot"),
    ]


class OpvolgingMenuItem(MenuItem):
    def is_shown(self, request):
        return mag_zien(request.user)


@hooks.register("register_reports_menu_item")
def register_menu_item():
    return OpvolgingMenuItem(
        "Inhoudsopvolging",
        reverse_lazy("inhoudsopvolging"),
        name="inhoudsopvolging",
        icon_name="search",
        order=50,
    )
