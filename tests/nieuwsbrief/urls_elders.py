"""The newsletter's public pages mounted under another prefix (test_links_uit_urls.py): the
links in the mail and on the model must follow the URLconf, not a path spelled by hand."""

from django.urls import include, path

urlpatterns = [path("elders/", include("nieuwsbrief.urls"))]
