from django.urls import path

from .feeds import NieuwsFeed

app_name = "kennisbank"

urlpatterns = [
    path("nieuws/feed/", NieuwsFeed(), name="nieuws_feed"),
]
