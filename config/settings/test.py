"""Test settings: the real database from DATABASE_URL (SQLite by default), fast hashing."""

from .base import *  # noqa: F401,F403
from .base import env

DEBUG = False
SECRET_KEY = "test-only-not-secret"
ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]
SITE_URL = "http://testserver"
WAGTAILADMIN_BASE_URL = SITE_URL
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
TASKS = {
    "default": {"BACKEND": env("TASKS_BACKEND", "django.tasks.backends.immediate.ImmediateBackend")}
}
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
MEDIA_ROOT = BASE_DIR / "tmp" / "test-media"  # noqa: F405
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "OPTIONS": {"MAX_ENTRIES": 20_000},
    },
    "limieten": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "limieten",
    },
}
TRUSTED_PROXY_COUNT = 0
# The page cache stays off in tests (the cache outlives a test's rolled-back pages);
# tests/core turn it on where they test it.
PAGINA_CACHE_SECONDEN = 0
# The search log puts each search in the cache at once, in the request: no thread that
# writes while a test looks (tests/zoeken/test_zoeklog.py turns it on where it tests it).
ZOEKLOG_DRAAD = False
