"""The "Juridesk" menu of the Wagtail admin. Each item shows only with its permission:
Juristen see "Vraag registreren" and "Alle vragen"; Coördinatoren also "Statistieken",
"Lijsten" and "Themakoppelingen". Other groups see no juridesk menu at all."""

from django.urls import path, reverse_lazy
from wagtail import hooks
from wagtail.admin.menu import Menu, SubmenuMenuItem

from core.menu import PermissieMenuItem

from .views import (
    GrafiekView,
    RegistreerView,
    StatistiekExportView,
    StatistiekView,
    ThemaKoppelingViewSet,
    VraagViewSet,
    WaardeViewSet,
)

vraag_viewset = VraagViewSet()
waarde_viewset = WaardeViewSet()
themakoppeling_viewset = ThemaKoppelingViewSet()


@hooks.register("register_admin_viewset")
def register_viewsets():
    return [vraag_viewset, waarde_viewset, themakoppeling_viewset]


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [
        path("juridesk/registreren/", RegistreerView.as_view(), name="juridesk_registreren"),
        path("juridesk/statistieken/", StatistiekView.as_view(), name="juridesk_statistieken"),
        path(
            "juridesk/statistieken/<slug:tabel>.<slug:formaat>",
            StatistiekExportView.as_view(),
            name="juridesk_statistieken_export",
        ),
        path(
            "juridesk/statistieken/grafiek/<slug:tabel>.<slug:formaat>",
            GrafiekView.as_view(),
            name="juridesk_grafiek",
        ),
    ]


juridesk_menu = Menu(
    items=[
        PermissieMenuItem(
            "Vraag registreren",
            reverse_lazy("juridesk_registreren"),
            name="juridesk-registreren",
            icon_name="plus",
            order=100,
            permissie="juridesk.add_vraag",
        ),
        PermissieMenuItem(
            "Alle vragen",
            reverse_lazy("juridesk_vraag:index"),
            name="juridesk-vragen",
            icon_name="list-ul",
            order=200,
            permissie="juridesk.view_vraag",
        ),
        PermissieMenuItem(
            "Statistieken",
            reverse_lazy("juridesk_statistieken"),
            name="juridesk-statistieken",
            icon_name="table",
            order=300,
            permissie="juridesk.statistieken_bekijken",
        ),
        PermissieMenuItem(
            "Lijsten",
            reverse_lazy("juridesk_waarde:index"),
            name="juridesk-lijsten",
            icon_name="tasks",
            order=400,
            permissie="juridesk.change_waarde",
        ),
        PermissieMenuItem(
            "Themakoppelingen",
            reverse_lazy("juridesk_themakoppeling:index"),
            name="juridesk-themakoppelingen",
            icon_name="link",
            order=500,
            permissie="juridesk.change_themakoppeling",
        ),
    ]
)


@hooks.register("register_admin_menu_item")
def register_juridesk_menu():
    return SubmenuMenuItem("Juridesk", juridesk_menu, icon_name="help", name="juridesk", order=250)
