from django.urls import path

from . import views

app_name = "zoeken"

urlpatterns = [
    path("zoeken/", views.zoeken, name="zoeken"),
    path("zoeken/klik/", views.klik, name="klik"),
    path("api/zoeken/", views.api_zoeken, name="api_zoeken"),
    path("api/suggesties/", views.api_suggesties, name="api_suggesties"),
    path("api/synoniemen/", views.api_synoniemen, name="api_synoniemen"),
]
