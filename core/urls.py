from django.conf import settings
from django.urls import path
from django.views.generic import TemplateView
from wagtail.contrib.sitemaps.views import sitemap

app_name = "core"

urlpatterns = [
    path(
        "robots.txt",
        TemplateView.as_view(template_name="core/robots.txt", content_type="text/plain"),
        name="robots",
    ),
    path("sitemap.xml", sitemap, name="sitemap"),
    path(
        "privacy/",
        TemplateView.as_view(
            template_name="core/privacy.html",
            extra_context={"zoeklog_maanden": settings.ZOEKLOG_BEWAARTERMIJN_MAANDEN},
        ),
        name="privacy",
    ),
]
