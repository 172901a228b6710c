from django.conf import settings
from django.http import Http404
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from core.documenten import document


def geen_testfout(request):
    raise Http404


urlpatterns = [
    # Wagtail's /admin/failwhale/ raises an exception on purpose (a test of error mails):
    # a 500 on demand. It is not served.
    path("admin/failwhale/", geen_testfout),
    path("admin/", include(wagtailadmin_urls)),
    # before Wagtail's own route, which passes any "digits" (², ١) to the database
    re_path(r"^documenten/(\d+)/(.*)$", document, name="document"),
    path("documenten/", include(wagtaildocs_urls)),
    path("", include("core.urls")),
    path("", include("kennisbank.urls")),
    path("", include("zoeken.urls")),
    path("", include("rechtspraak.urls")),
    path("", include("nieuwsbrief.urls")),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Wagtail's page serving comes last: it catches every path the apps above did not claim.
urlpatterns += [path("", include(wagtail_urls))]
