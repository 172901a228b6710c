"""Project middleware: security headers, two-step login for the admin, the page cache."""

import django_otp
from csp.constants import HEADER
from csp.middleware import CSPMiddleware
from csp.utils import build_policy, default_config
from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.urls import Resolver404, resolve, reverse
from django.utils.cache import patch_vary_headers

from . import paginacache


class BeveiligingsMiddleware(CSPMiddleware):
    """django-csp's middleware, with a second policy for the Wagtail admin.

    The public site gets CONTENT_SECURITY_POLICY (no inline script or style); every path
    under ADMIN_PREFIX gets CONTENT_SECURITY_POLICY_ADMIN, which Wagtail 8 needs (inline
    scripts for date pickers, inline panels and workflow, inline styles). Views can still
    adjust either with django-csp's decorators. Also sets Permissions-Policy."""

    _AANPASSINGEN = ("_csp_config", "_csp_update", "_csp_replace", "_csp_exempt")

    def __init__(self, get_response):
        super().__init__(get_response)
        self._gebouwd = {}

    def _vaste_policy(self, request, response):
        """The policy string without per-response changes, built once per policy dict
        (django-csp rebuilds it for every response: about a millisecond, on every page
        the cache serves). None when this response needs the general path."""
        if getattr(request, "_csp_nonce", None) is not None or any(
            hasattr(response, a) for a in self._AANPASSINGEN
        ):
            return None
        if request.path_info.startswith(settings.ADMIN_PREFIX):
            policy = settings.CONTENT_SECURITY_POLICY_ADMIN
        else:
            policy = settings.CONTENT_SECURITY_POLICY
        if policy.get("EXCLUDE_URL_PREFIXES") or getattr(
            settings, "CONTENT_SECURITY_POLICY_REPORT_ONLY", None
        ):
            return None
        bewaard = self._gebouwd.get(id(policy))
        if bewaard is None or bewaard[0] is not policy:
            bewaard = (policy, build_policy(config=default_config(policy["DIRECTIVES"])))
            self._gebouwd[id(policy)] = bewaard
        return bewaard[1]

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if (
            not report_only
            and parts.config is None
            and request.path_info.startswith(settings.ADMIN_PREFIX)
        ):
            parts.config = default_config(settings.CONTENT_SECURITY_POLICY_ADMIN["DIRECTIVES"])
        return parts

    # Wagtail renders every preview (pages, snippets, revisions) through a dummy request for
    # the object's public URL, so the public policy would apply: frame-ancestors 'none'
    # leaves the admin's preview panel blank. Such a response (and only such: Wagtail sets
    # `is_preview` on its dummy request alone) may be framed by the admin, through
    # django-csp's per-response override; a view's own override (the newsletter's) wins.
    VOORBEELD_OVERRIDE = {"frame-ancestors": ["'self'"]}

    def process_response(self, request, response):
        if getattr(request, "is_preview", False) is True and not any(
            hasattr(response, a) for a in self._AANPASSINGEN
        ):
            response._csp_replace = self.VOORBEELD_OVERRIDE
        vast = self._vaste_policy(request, response)
        if vast is None:
            response = super().process_response(request, response)
        elif HEADER not in response and not (settings.DEBUG and response.status_code in (404, 500)):
            response[HEADER] = vast
        policy = getattr(settings, "PERMISSIONS_POLICY", "")
        if policy and "Permissions-Policy" not in response:
            response["Permissions-Policy"] = policy
        return response


class TweeStapMiddleware:
    """Admin pages need a verified second step for users who set one up.

    After OTPMiddleware (which adds ``request.user.is_verified()``). A user with a
    confirmed TOTP device who logged in with only the password is sent to the code form
    for every admin URL, except the few that the code form itself needs."""

    VRIJE_URL_NAMEN = {
        "wagtailadmin_login",
        "wagtailadmin_logout",
        "wagtailadmin_javascript_catalog",
        "wagtailadmin_sprite",
        "core_tweestap_verifieer",
    }

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info.startswith(settings.ADMIN_PREFIX) and self.moet_verifieren(request):
            return redirect_to_login(
                request.get_full_path(), login_url=reverse("core_tweestap_verifieer")
            )
        return self.get_response(request)

    def moet_verifieren(self, request):
        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated or user.is_verified():
            return False
        try:
            url_name = resolve(request.path_info).url_name
        except Resolver404:
            return False
        if url_name in self.VRIJE_URL_NAMEN:
            return False
        return django_otp.user_has_device(user, confirmed=True)


class PaginaCacheMiddleware:
    """Serve and store Wagtail pages for anonymous visitors (see core.paginacache).

    Sits right after the security headers, CSP and whitenoise: a hit is answered before
    the session, locale, CSRF, auth and messages middleware run (it needs none of them:
    the request has no cookies that matter), and still gets the security headers and the
    CSP on the way out. A miss is stored as the inner middleware left it (Vary,
    Content-Language, X-Frame-Options included). Adds ``X-Paginacache: HIT`` or ``MISS``."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not settings.PAGINA_CACHE_SECONDEN or not paginacache.request_is_cachebaar(request):
            return self.get_response(request)
        response = paginacache.uit_cache(request)
        if response is not None:
            response["X-Paginacache"] = "HIT"
            patch_vary_headers(response, ["Cookie"])
            return response
        response = self.get_response(request)
        if paginacache.response_is_cachebaar(request, response):
            paginacache.bewaar(request, response)
            response["X-Paginacache"] = "MISS"
            patch_vary_headers(response, ["Cookie"])
        return response
