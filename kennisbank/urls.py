from django.urls import include, path

from .feeds import NieuwsFeed

app_name = "kennisbank"

urlpatterns = [
    path("", include("kennisbank.zoeken.urls")),
    path("nieuws/feed/", NieuwsFeed(), name="nieuws_feed"),
]
