"""Authentication backend: django-axes' lockout check, first in AUTHENTICATION_BACKENDS."""

from axes.backends import AxesStandaloneBackend


class AxesBackend(AxesStandaloneBackend):
    """Axes' standalone backend, except for authenticate() calls without a request.

    Every login form (Wagtail's admin login, Django's LoginView) passes the request, so
    they are all counted and locked out. Calls without one (a management command, the
    test client's ``login()``) are not attempts from the network: axes itself would raise
    for them; here they fall through to ModelBackend unchecked."""

    def authenticate(self, request, username=None, password=None, **kwargs):
        if request is None:
            return None
        return super().authenticate(request, username=username, password=password, **kwargs)


def lockout_response(request, original_response=None, credentials=None):
    """AXES_LOCKOUT_CALLABLE: the lockout page in Dutch (HTTP 429)."""
    from axes.helpers import get_cool_off, get_failure_limit
    from django.conf import settings
    from django.shortcuts import render

    cool_off = get_cool_off(request)
    minuten = int(cool_off.total_seconds() // 60) if cool_off else None
    return render(
        request,
        "core/aanmelden_geblokkeerd.html",
        {"pogingen": get_failure_limit(request, credentials), "minuten": minuten},
        status=settings.AXES_HTTP_RESPONSE_CODE,
    )
