"""The "Jaarverslag" menu of the Wagtail admin. Each item shows only with its permission:
Juristen see "Vormingen" and "Begeleidingen"; Coördinatoren also the chapter itself, the
sectors and the figures from outside the site. Other groups see no jaarverslag menu at all."""

from django.urls import path, reverse_lazy
from wagtail import hooks
from wagtail.admin.menu import Menu, SubmenuMenuItem

from core.menu import PermissieMenuItem

from .rapport import PERMISSIE, DownloadView, GrafiekView, RapportView
from .views import BegeleidingViewSet, ExterneCijfersViewSet, SectorViewSet, VormingViewSet

vorming_viewset = VormingViewSet()
begeleiding_viewset = BegeleidingViewSet()
sector_viewset = SectorViewSet()
cijfers_viewset = ExterneCijfersViewSet()


@hooks.register("register_admin_viewset")
def register_viewsets():
    return [vorming_viewset, begeleiding_viewset, sector_viewset, cijfers_viewset]


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [
        path("jaarverslag/", RapportView.as_view(), name="jaarverslag"),
        path(
            "jaarverslag/<int:jaar>.<slug:formaat>",
            DownloadView.as_view(),
            name="jaarverslag_download",
        ),
        path(
            "jaarverslag/<int:jaar>/<slug:naam>.png",
            GrafiekView.as_view(),
            name="jaarverslag_grafiek",
        ),
    ]


def _item(label, url_naam, naam, icoon, volgorde, permissie):
    return PermissieMenuItem(
        label,
        reverse_lazy(url_naam),
        name=naam,
        icon_name=icoon,
        order=volgorde,
        permissie=permissie if "." in permissie else f"jaarverslag.{permissie}",
    )


jaarverslag_menu = Menu(
    items=[
        _item(
            "Hoofdstuk juridische dienstverlening",
            "jaarverslag",
            "hoofdstuk",
            "doc-full-inverse",
            100,
            PERMISSIE,
        ),
        _item("Vormingen", "jaarverslag_vorming:index", "vormingen", "group", 200, "view_vorming"),
        _item(
            "Begeleidingen",
            "jaarverslag_begeleiding:index",
            "begeleidingen",
            "user",
            300,
            "view_begeleiding",
        ),
        _item(
            "Cijfers van buiten de site",
            "jaarverslag_cijfers:index",
            "cijfers",
            "doc-full",
            400,
            "view_externecijfers",
        ),
        _item("Sectoren", "jaarverslag_sector:index", "sectoren", "list-ul", 500, "change_sector"),
    ]
)


@hooks.register("register_admin_menu_item")
def register_jaarverslag_menu():
    return SubmenuMenuItem(
        "Jaarverslag", jaarverslag_menu, icon_name="doc-full-inverse", name="jaarverslag", order=260
    )
