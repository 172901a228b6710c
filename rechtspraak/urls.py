from django.urls import path

from . import api, views
from .feeds import UitspraakFeed

app_name = "rechtspraak"

urlpatterns = [
    path("rechtspraak/", views.zoeken, name="zoeken"),
    path("rechtspraak/feed/", UitspraakFeed(), name="feed"),
    path("rechtspraak/ecli/<str:ecli>/", views.ecli, name="ecli"),
    path("rechtspraak/<int:pk>/", views.uitspraak_kort, name="uitspraak_kort"),
    path("rechtspraak/<int:pk>/<slug:slug>/", views.uitspraak, name="uitspraak"),
    path("api/rechtspraak/", api.rechtspraak_api, name="api"),
]
