"""Settings shared by every environment. Everything that differs per machine comes
from the environment; the defaults here are the safe (production) ones."""

import os
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlparse

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env(name, default=None):
    return os.environ.get(name, default)


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on", "ja"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


SECRET_KEY = env("SECRET_KEY")
DEBUG = env_bool("DEBUG", False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", "")
SITE_URL = env("SITE_URL", "https://www.vreemdelingenrecht.be").rstrip("/")
WAGTAILADMIN_BASE_URL = SITE_URL

INSTALLED_APPS = [
    # project apps first so their templates override the defaults
    "core",
    "kennisbank",
    "zoeken",
    "rechtspraak",
    "juridesk",
    "nieuwsbrief",
    "jaarverslag",
    "inhoudsopvolging",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.table_block",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_tables2",
    "django_tasks_db",
    "csp",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.humanize",
    "django.contrib.postgres",  # Wagtail's database search on PostgreSQL
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "core.middleware.BeveiligingsMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "core.middleware.PaginaCacheMiddleware",  # a hit skips everything below
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "core.middleware.TweeStapMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# Database: DATABASE_URL, SQLite in the project folder by default.
DATABASES = {
    "default": dj_database_url.parse(
        env("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=int(env("DATABASE_CONN_MAX_AGE", "60")),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["CONN_MAX_AGE"] = 0
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            "init_command": (
                "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; "
                "PRAGMA foreign_keys=ON; PRAGMA busy_timeout=5000;"
            ),
            "transaction_mode": "IMMEDIATE",
        }
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Cache: REDIS_URL (or CACHE_URL starting with redis://), local memory otherwise.
# "default" holds the page cache and the search caches; "limieten" the newsletter's request
# counts (its own prefix, so emptying the page cache never resets a limit). Both must be
# shared by every worker in production: `check --deploy` warns otherwise (core.checks).
REDIS_URL = env("REDIS_URL") or (
    env("CACHE_URL") if (env("CACHE_URL") or "").startswith("redis") else None
)
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "vr",
        },
        "limieten": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "vr-limiet",
        },
    }
else:
    # Local memory, one per process: room for a batch of the search log next to the caches
    # (LocMemCache keeps 300 entries unless told otherwise).
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

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Dutch (Belgium) everywhere, admin included.
LANGUAGE_CODE = "nl-be"
LANGUAGES = [("nl-be", "Nederlands")]
WAGTAILADMIN_PERMITTED_LANGUAGES = [("nl", "Nederlands")]
WAGTAILADMIN_USER_LOGIN_FORM = "core.forms.AanmeldForm"
TIME_ZONE = "Europe/Brussels"
USE_I18N = True
USE_TZ = True
LOCALE_PATHS = [BASE_DIR / "locale"]

STATIC_URL = "/static/"
STATIC_ROOT = Path(env("STATIC_ROOT", str(BASE_DIR / "static_collected")))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env("MEDIA_ROOT", str(BASE_DIR / "media")))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# Wagtail
WAGTAIL_SITE_NAME = "vreemdelingenrecht.be"
WAGTAIL_I18N_ENABLED = False
WAGTAILADMIN_RICH_TEXT_EDITORS = {
    "default": {"WIDGET": "wagtail.admin.rich_text.DraftailRichTextArea"},
}
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "odt", "xlsx", "csv", "txt"]
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_DATE_FORMAT = "%d-%m-%Y"
WAGTAIL_DATETIME_FORMAT = "%d-%m-%Y %H:%M"

# Search: Elasticsearch where a cluster is configured, the database otherwise.
ELASTICSEARCH_URL = env("ELASTICSEARCH_URL")
ELASTICSEARCH_INDEX_PREFIX = env("ELASTICSEARCH_INDEX_PREFIX", "vreemdelingenrecht")
if ELASTICSEARCH_URL:
    WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "wagtail.search.backends.elasticsearch8",
            "URLS": [ELASTICSEARCH_URL],
            "INDEX": f"{ELASTICSEARCH_INDEX_PREFIX}-wagtail",
            "TIMEOUT": 5,
        }
    }
else:
    WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}


# Mail: EMAIL_URL (smtp://user:pass@host:port, smtp+tls://, smtps://, console://, locmem://)
# or Django's own EMAIL_HOST / EMAIL_PORT / ... settings.
def parse_email_url(url):
    parsed = urlparse(url)
    scheme = parsed.scheme.lower()
    backends = {
        "smtp": "django.core.mail.backends.smtp.EmailBackend",
        "smtp+tls": "django.core.mail.backends.smtp.EmailBackend",
        "submission": "django.core.mail.backends.smtp.EmailBackend",
        "smtps": "django.core.mail.backends.smtp.EmailBackend",
        "console": "django.core.mail.backends.console.EmailBackend",
        "locmem": "django.core.mail.backends.locmem.EmailBackend",
        "dummy": "django.core.mail.backends.dummy.EmailBackend",
    }
    if scheme not in backends:
        raise ImproperlyConfigured(f"EMAIL_URL: onbekend schema {scheme!r}")
    options = parse_qs(parsed.query)
    return {
        "EMAIL_BACKEND": backends[scheme],
        "EMAIL_HOST": parsed.hostname or "localhost",
        "EMAIL_PORT": parsed.port or (465 if scheme == "smtps" else 587 if "tls" in scheme else 25),
        "EMAIL_HOST_USER": unquote(parsed.username or ""),
        "EMAIL_HOST_PASSWORD": unquote(parsed.password or ""),
        "EMAIL_USE_TLS": scheme in {"smtp+tls", "submission"} or "tls" in options,
        "EMAIL_USE_SSL": scheme == "smtps" or "ssl" in options,
    }


if env("EMAIL_URL"):
    globals().update(parse_email_url(env("EMAIL_URL")))
else:
    EMAIL_BACKEND = env("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
    EMAIL_HOST = env("EMAIL_HOST", "localhost")
    EMAIL_PORT = int(env("EMAIL_PORT", "25"))
    EMAIL_HOST_USER = env("EMAIL_HOST_USER", "")
    EMAIL_HOST_PASSWORD = env("EMAIL_HOST_PASSWORD", "")
    EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
    EMAIL_USE_SSL = env_bool("EMAIL_USE_SSL", False)
EMAIL_TIMEOUT = 30
DEFAULT_FROM_EMAIL = env(
    "DEFAULT_FROM_EMAIL", '"vreemdelingenrecht.be" <nieuwsbrief@vreemdelingenrecht.be>'
)
SERVER_EMAIL = env("SERVER_EMAIL", "noreply@vreemdelingenrecht.be")

# Background tasks (Django's tasks framework): database-backed queue, run by `db_worker`.
TASKS = {
    "default": {
        "BACKEND": env("TASKS_BACKEND", "django_tasks_db.DatabaseBackend"),
    }
}

LOGIN_URL = "wagtailadmin_login"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", "INFO")},
    "loggers": {"django": {"handlers": ["console"], "level": "INFO", "propagate": False}},
}


# --- beveiliging ---
# Security headers, Content-Security-Policy, login limits, two-step login and the page cache.
# The production-only switches (HSTS, secure cookies, SSL redirect) are in production.py.
from datetime import timedelta  # noqa: E402

SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"  # Wagtail's preview views set SAMEORIGIN for themselves
SESSION_COOKIE_HTTPONLY = True
PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()"
WAGTAIL_GRAVATAR_PROVIDER_URL = None  # no third-party requests (or profile look-ups) from the admin

# Public site: strict, no inline script or style at all. The Wagtail admin (ADMIN_PREFIX)
# gets CONTENT_SECURITY_POLICY_ADMIN instead (see core.middleware.BeveiligingsMiddleware):
# Wagtail 8 still renders inline <script> for date pickers and inline panels, and styles.
_CSP_PUBLIEK = {
    "default-src": ["'self'"],
    "script-src": ["'self'"],
    "style-src": ["'self'"],
    "img-src": ["'self'", "data:"],
    "font-src": ["'self'"],
    "connect-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
}
CONTENT_SECURITY_POLICY = {"DIRECTIVES": _CSP_PUBLIEK}
CONTENT_SECURITY_POLICY_ADMIN = {
    "DIRECTIVES": {
        **_CSP_PUBLIEK,
        "script-src": ["'self'", "'unsafe-inline'"],
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:", "blob:"],
        "font-src": ["'self'", "data:"],
        "frame-src": ["'self'"],
        "frame-ancestors": ["'self'"],  # the preview panel
    }
}
ADMIN_PREFIX = "/admin/"

# django-axes: 5 failed logins for one username from one client address lock that pair (not
# the account) for 30 minutes, so a stranger cannot lock a jurist out.
# core.auth.AxesBackend only differs from axes' own in letting request-less authenticate()
# calls (management commands, the test client's login()) through to ModelBackend unchecked.
AUTHENTICATION_BACKENDS = [
    "core.auth.AxesBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = int(env("AXES_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = timedelta(minutes=int(env("AXES_COOLOFF_MINUTES", "30")))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "core.auth.lockout_response"
# The client's address (login limit, newsletter limit): core.clientadres. Behind
# TRUSTED_PROXY_COUNT proxies (production default: 1, nginx) it is read from
# X-Forwarded-For; with 0 only REMOTE_ADDR counts (a client could forge the header).
TRUSTED_PROXY_COUNT = int(env("TRUSTED_PROXY_COUNT", "0"))
if TRUSTED_PROXY_COUNT < 0:
    raise ImproperlyConfigured("TRUSTED_PROXY_COUNT moet 0 of meer zijn.")
AXES_CLIENT_IP_CALLABLE = "core.clientadres.client_adres"
AXES_VERBOSE = False
LOGGING["loggers"]["axes"] = {"handlers": ["console"], "level": "WARNING", "propagate": False}

# Two-step login (TOTP, django-otp): optional per account; once a user confirmed a device,
# every admin page asks for a code after the password.
OTP_TOTP_ISSUER = "vreemdelingenrecht.be"

# Page cache (core.paginacache): Wagtail pages for anonymous GETs, in the default cache
# (Redis when REDIS_URL is set), emptied when a page or shown content is published.
PAGINA_CACHE_SECONDEN = int(env("PAGINA_CACHE_SECONDEN", "3600"))
# how long a worker trusts its copy of the cache generation (another worker's purge shows
# within this many seconds; the purging worker's own at once)
PAGINA_CACHE_GENERATIE_SECONDEN = float(env("PAGINA_CACHE_GENERATIE_SECONDEN", "1"))
PAGINA_CACHE_WISSEN_BIJ = [
    "kennisbank",
    "rechtspraak",
    "wagtailcore.Site",
    "wagtailimages.Image",
    "wagtaildocs.Document",
    "wagtailredirects.Redirect",
]

# Media in object storage instead of MEDIA_ROOT (several web hosts without a shared volume):
# MEDIA_STORAGE=s3 plus the AWS_* variables; needs `pip install "django-storages[s3]>=1.14"`.
if env("MEDIA_STORAGE") == "s3":
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": env("AWS_STORAGE_BUCKET_NAME"),
            "endpoint_url": env("AWS_S3_ENDPOINT_URL"),
            "region_name": env("AWS_S3_REGION_NAME"),
            "default_acl": None,
            "querystring_auth": False,
            "file_overwrite": False,
        },
    }

# --- nieuwsbrief ---
# Sending: batch size (one SMTP connection per batch), messages per second (0 = no limit),
# seconds after which a claim of a dead worker is taken over, attempts before "mislukt".
NIEUWSBRIEF_BATCH = int(env("NIEUWSBRIEF_BATCH", "100"))
NIEUWSBRIEF_RATE = float(env("NIEUWSBRIEF_RATE", "0"))
NIEUWSBRIEF_CLAIM_LEASE = float(env("NIEUWSBRIEF_CLAIM_LEASE", "120"))
NIEUWSBRIEF_MAX_POGINGEN = int(env("NIEUWSBRIEF_MAX_POGINGEN", "4"))
NIEUWSBRIEF_AFMELDEN_MAILTO = env("NIEUWSBRIEF_AFMELDEN_MAILTO", "afmelden@vreemdelingenrecht.be")
NIEUWSBRIEF_BOUNCE_ADRES = env("NIEUWSBRIEF_BOUNCE_ADRES", "")
# DKIM signature on every newsletter, case-law mailing and digest (nieuwsbrief/ondertekening.py):
# all three or none; DKIM_PRIVATE_KEY is the path to a PEM key (RSA or Ed25519).
DKIM_DOMAIN = env("DKIM_DOMAIN", "")
DKIM_SELECTOR = env("DKIM_SELECTOR", "")
DKIM_PRIVATE_KEY = env("DKIM_PRIVATE_KEY", "")

# --- juridesk ---
# `manage.py juridesk_opschonen` clears the free-text descriptions of questions older than
# this many years (the classifications, and so the statistics, stay).
JURIDESK_OMSCHRIJVING_BEWAREN_JAREN = int(env("JURIDESK_OMSCHRIJVING_BEWAREN_JAREN", "2"))

# The anonymous search log (zoeken/zoeklog.py): on or off, how many months it is kept
# (zoeklog_opschonen deletes older days), and how many searches a process counts before it
# writes what all processes put in the cache to the database in one go.
ZOEKLOG_AAN = env_bool("ZOEKLOG_AAN", True)
# A thread in each process puts its counted searches in the cache every ZOEKLOG_INTERVAL
# seconds (off: one cache write per search, in the request).
ZOEKLOG_DRAAD = env_bool("ZOEKLOG_DRAAD", True)
ZOEKLOG_INTERVAL = float(env("ZOEKLOG_INTERVAL", "0.2"))
ZOEKLOG_BEWAARTERMIJN_MAANDEN = int(env("ZOEKLOG_BEWAARTERMIJN_MAANDEN", "13"))
ZOEKLOG_BATCH = int(env("ZOEKLOG_BATCH", "1000"))
