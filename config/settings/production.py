"""Production: everything from the environment; refuses to start without a SECRET_KEY.

Behind a TLS-terminating proxy (nginx, see deploy/) that sets X-Forwarded-Proto and
X-Forwarded-For. `python manage.py check --deploy` is clean with these settings (a test
runs it: tests/core/test_beveiliging.py)."""

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F401,F403
from .base import (
    CONTENT_SECURITY_POLICY,
    CONTENT_SECURITY_POLICY_ADMIN,
    SECRET_KEY,
    env,
    env_bool,
    env_list,
)

if not SECRET_KEY:
    raise ImproperlyConfigured("SECRET_KEY ontbreekt in de omgeving.")

DEBUG = False
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "www.vreemdelingenrecht.be")

# HTTPS only, everywhere, for a year (and for subdomains); cookies never over plain HTTP.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SECURE_HSTS_SECONDS = int(env("SECURE_HSTS_SECONDS", "31536000"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SESSION_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SECURE = True
X_FRAME_OPTIONS = "DENY"
for _policy in (CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY_ADMIN):
    _policy["DIRECTIVES"]["upgrade-insecure-requests"] = True

# One proxy (nginx) in front: the client's address is the right-most entry of
# X-Forwarded-For (core.clientadres). Set TRUSTED_PROXY_COUNT=2 behind a load balancer
# that sets the header too, 0 where gunicorn is reached directly.
TRUSTED_PROXY_COUNT = int(env("TRUSTED_PROXY_COUNT", "1"))
if TRUSTED_PROXY_COUNT < 0:
    raise ImproperlyConfigured("TRUSTED_PROXY_COUNT moet 0 of meer zijn.")

# Mail about server errors to the admins (comma-separated addresses).
ADMINS = env_list("ADMINS", "")
