"""Settings for the claims tracker, read once from the environment.

Two modes, chosen by ``DJANGO_ENV``:

* ``development`` (default): embedded defaults for a laptop — SQLite under
  ``var/``, Celery on a filesystem broker, e-mail printed to the console.
* ``production``: DEBUG off, secrets and hosts required, HTTPS hardening on;
  passes ``manage.py check --deploy``.

Every variable is listed, with its default, in the README.
"""

import secrets
from pathlib import Path

from csp.constants import NONE as CSP_NONE
from csp.constants import SELF as CSP_SELF
from django.core.exceptions import ImproperlyConfigured
from django_guid.integrations import CeleryIntegration

from config.env import (
    env_bool,
    env_database,
    env_int,
    env_int_list,
    env_list,
    env_str,
)
from config.logs import logging_config

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = Path(env_str("TRACKER_VAR_DIR", str(BASE_DIR / "var")))

DJANGO_ENV = env_str("DJANGO_ENV", "development")
if DJANGO_ENV not in {"development", "production"}:
    raise ImproperlyConfigured(
        f"DJANGO_ENV must be 'development' or 'production', not {DJANGO_ENV!r}."
    )
PRODUCTION = DJANGO_ENV == "production"


def _development_secret_key() -> str:
    """A per-checkout random key, so no secret is ever written in the code."""
    path = VAR_DIR / "secret_key"
    if not path.exists():
        VAR_DIR.mkdir(parents=True, exist_ok=True)
        path.write_text(secrets.token_urlsafe(50))
    return path.read_text().strip()


SECRET_KEY = (
    env_str("DJANGO_SECRET_KEY")
    if PRODUCTION
    else env_str("DJANGO_SECRET_KEY", "") or (_development_secret_key())
)
DEBUG = env_bool("DJANGO_DEBUG", default=not PRODUCTION)
if PRODUCTION and DEBUG:
    raise ImproperlyConfigured("DJANGO_DEBUG must be off when DJANGO_ENV is 'production'.")

ALLOWED_HOSTS = (
    env_list("DJANGO_ALLOWED_HOSTS", [])
    if PRODUCTION
    else env_list("DJANGO_ALLOWED_HOSTS", ["localhost", "127.0.0.1", "[::1]", "testserver"])
)
if PRODUCTION and not ALLOWED_HOSTS:
    raise ImproperlyConfigured("DJANGO_ALLOWED_HOSTS must be set when DJANGO_ENV is 'production'.")
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.postgres",
    "corsheaders",
    "rest_framework",
    "rest_framework.authtoken",
    "django_filters",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "simple_history",
    "django_celery_beat",
    "django_guid",
    "health_check",
    "claims",
    "tracker",
]

MIDDLEWARE = [
    # First, so that every later record of the request carries its id.
    "django_guid.middleware.guid_middleware",
    "config.logs.RequestLogMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "corsheaders.middleware.CorsMiddleware",
    # Anonymous API reads known early (a 304, a speaker's record), before sessions and users.
    "config.middleware.EarlyApiAnswerMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Django's and django-csp's, skipping work whose result is known (config/middleware.py).
    "config.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "config.middleware.CSPMiddleware",
    "claims.history.WritePathMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"
ASGI_APPLICATION = "config.asgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        # Site-wide overrides of the admin's and DRF's templates.
        "DIRS": [BASE_DIR / "config" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

DATABASES = {
    "default": env_database("DATABASE_URL", f"sqlite:///{VAR_DIR / 'tracker.sqlite3'}"),
}
if DATABASES["default"]["ENGINE"].endswith("sqlite3"):
    # SQLite has no persistent connections worth keeping; a busy timeout lets
    # the web server, the worker and beat share one file without "locked" errors.
    # Write-ahead logging lets them read while one writes, and with it a commit
    # need not wait for the disk (a crash may lose the last commits, never
    # corrupt the file): migrating a new database takes a fraction of the time.
    DATABASES["default"]["CONN_MAX_AGE"] = 0
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        timeout=20, init_command="PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;"
    )
if DATABASES["default"]["ENGINE"].endswith("postgresql"):
    # Per-request costs, measured with bench/api.py --variant (docs/api.md, Performance).
    DATABASES["default"]["CONN_HEALTH_CHECKS"] = env_bool("DATABASE_HEALTH_CHECKS", default=True)
    # A connection that answered less than this long ago is not checked again
    # (config/backends/postgresql: as PgBouncer's server_check_delay).
    DATABASES["default"]["ENGINE"] = "config.backends.postgresql"
    DATABASES["default"]["CONN_HEALTH_CHECK_DELAY"] = (
        env_int("DATABASE_HEALTH_CHECK_DELAY_MS", 1000, minimum=0) / 1000
    )
    # A page of claims binds its values on the server even so (claims.statements).
    DATABASE_PAGE_SERVER_BINDING = env_bool("DATABASE_PAGE_SERVER_BINDING", default=True)
    # ... and its statement is built by the ORM once per shape of request
    # (claims.api.page_statements).
    DATABASE_PAGE_STATEMENTS = env_bool("DATABASE_PAGE_STATEMENTS", default=True)
    if env_bool("DATABASE_SERVER_SIDE_BINDING", default=False):
        DATABASES["default"].setdefault("OPTIONS", {})["server_side_binding"] = True
    if env_bool("DATABASE_PREPARED_STATEMENTS", default=True):
        # The fixed statements behind every API read are prepared once per connection
        # (claims.statements); a threshold no statement reaches keeps psycopg from
        # preparing any other by itself. Off for a pooler that cannot keep prepared
        # statements (PgBouncer before 1.21 in transaction mode).
        DATABASES["default"].setdefault("OPTIONS", {})["prepare_threshold"] = 2**31 - 1
    if env_bool("DATABASE_POOL", default=False):
        # psycopg's pool (needs the psycopg-pool package): each request borrows a
        # connection; Django refuses a pool together with persistent connections.
        DATABASES["default"]["CONN_MAX_AGE"] = 0
        DATABASES["default"].setdefault("OPTIONS", {})["pool"] = True
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
# Fixtures by name (`loaddata NAME`); the seed itself is loaded with `manage.py load_seed`.
FIXTURE_DIRS = [BASE_DIR / "fixtures"]

CACHE_URL = env_str("CACHE_URL", "")
if CACHE_URL:
    if not CACHE_URL.startswith(("redis://", "rediss://", "unix://")):
        raise ImproperlyConfigured(f"CACHE_URL must be a redis:// URL, not {CACHE_URL!r}.")
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": CACHE_URL}
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en-gb"
FORMAT_MODULE_PATH = ["config.formats"]
TIME_ZONE = env_str("TRACKER_TIME_ZONE", "UTC")
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = Path(env_str("DJANGO_STATIC_ROOT", str(BASE_DIR / "staticfiles")))
# Site-wide files such as the favicon.
STATICFILES_DIRS = [BASE_DIR / "config" / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "whitenoise.storage.CompressedManifestStaticFilesStorage"
            if PRODUCTION
            else "django.contrib.staticfiles.storage.StaticFilesStorage"
        )
    },
}

# --- Security (production) -------------------------------------------------
BEHIND_PROXY = env_bool("DJANGO_BEHIND_PROXY", default=False)
# How many proxies in front of the site append the client's address to
# X-Forwarded-For. The API's rate limits count per client address: with 0 it is
# REMOTE_ADDR, else the address the outermost trusted proxy appended. A client's
# own X-Forwarded-For is never trusted, or it could pick a fresh bucket per request.
NUM_PROXIES = env_int("DJANGO_NUM_PROXIES", 1 if BEHIND_PROXY else 0, minimum=0)
if PRODUCTION:
    SECURE_SSL_REDIRECT = env_bool("DJANGO_SECURE_SSL_REDIRECT", default=True)
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_HSTS_SECONDS = env_int("DJANGO_SECURE_HSTS_SECONDS", 31_536_000, minimum=0)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("DJANGO_SECURE_HSTS_INCLUDE_SUBDOMAINS", default=True)
    SECURE_HSTS_PRELOAD = env_bool("DJANGO_SECURE_HSTS_PRELOAD", default=True)
    # Load balancers probe the health endpoints over plain HTTP on the private network.
    SECURE_REDIRECT_EXEMPT = [r"^health/"]
    if BEHIND_PROXY:
        SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
# In development WhiteNoise serves files straight from the apps, no collectstatic needed.
WHITENOISE_AUTOREFRESH = DEBUG
SESSION_COOKIE_HTTPONLY = True
X_FRAME_OPTIONS = "DENY"
# Every page talks to the site itself only: no CDN, web font or analytics, and
# no inline script or style, the admin and the browsable API included (their
# templates are overridden in config/templates/). The API's documentation gets
# data: images, a blob: worker and nonce'd styles (``tracker.site.policy``).
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [CSP_SELF],
        "script-src": [CSP_SELF],
        "style-src": [CSP_SELF],
        "img-src": [CSP_SELF],
        "font-src": [CSP_SELF],
        "connect-src": [CSP_SELF],
        "object-src": [CSP_NONE],
        "base-uri": [CSP_SELF],
        "form-action": [CSP_SELF],
        "frame-ancestors": [CSP_NONE],
    }
}

# --- E-mail ------------------------------------------------------------------
EMAIL_BACKEND = env_str(
    "EMAIL_BACKEND",
    "django.core.mail.backends.smtp.EmailBackend"
    if PRODUCTION
    else "django.core.mail.backends.console.EmailBackend",
)
EMAIL_HOST = env_str("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 25, minimum=1)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", default=False)
EMAIL_USE_SSL = env_bool("EMAIL_USE_SSL", default=False)
# A hung mail server must not block a worker for ever.
EMAIL_TIMEOUT = env_int("EMAIL_TIMEOUT", 10, minimum=1)
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "Claims tracker <tracker@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# --- Celery --------------------------------------------------------------------
CELERY_BROKER_URL = env_str("CELERY_BROKER_URL", "filesystem://")
if CELERY_BROKER_URL == "filesystem://":
    # The embedded broker: messages are files under var/broker, so the worker
    # and beat started by `make run` need no Redis or RabbitMQ.
    _BROKER_DIR = VAR_DIR / "broker"
    for _folder in ("out", "processed", "control"):
        (_BROKER_DIR / _folder).mkdir(parents=True, exist_ok=True)
    CELERY_BROKER_TRANSPORT_OPTIONS = {
        "data_folder_in": str(_BROKER_DIR / "out"),
        "data_folder_out": str(_BROKER_DIR / "out"),
        "processed_folder": str(_BROKER_DIR / "processed"),
        "control_folder": str(_BROKER_DIR / "control"),
        "store_processed": False,
    }
    CELERY_WORKER_ENABLE_REMOTE_CONTROL = False
CELERY_TASK_IGNORE_RESULT = True
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_ALWAYS_EAGER = env_bool("CELERY_TASK_ALWAYS_EAGER", default=False)
CELERY_BEAT_SCHEDULER = "django_celery_beat.schedulers:DatabaseScheduler"
CELERY_TIMEZONE = TIME_ZONE
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True

# --- The tracker -------------------------------------------------------------
# The address `make run` serves on, and the one links in reminders point to.
TRACKER_BIND = env_str("TRACKER_BIND", "127.0.0.1:8000")
TRACKER_BASE_URL = env_str("TRACKER_BASE_URL", f"http://{TRACKER_BIND}").rstrip("/")
# Anonymous JSON reads the API can answer without its whole request cycle are
# answered before the session and authentication middleware (config.middleware).
API_EARLY_ANSWERS = env_bool("API_EARLY_ANSWERS", default=True)
# A full-text search running longer than this is cancelled and answered with a 503.
API_SEARCH_TIMEOUT_MS = env_int("API_SEARCH_TIMEOUT_MS", 1000, minimum=1)
# True, false and partly true verdicts need at least one piece of evidence; off
# lets a curator record them on a rationale alone (every path: admin, API, bulk).
RESOLUTION_EVIDENCE_REQUIRED = env_bool("RESOLUTION_EVIDENCE_REQUIRED", default=True)
REMINDER_FOLLOW_UP_DAYS = env_int_list("REMINDER_FOLLOW_UP_DAYS", [7, 30])
REMINDER_HEADS_UP_DAYS = env_int("REMINDER_HEADS_UP_DAYS", 0, minimum=0)
# Escalation to REMINDER_ESCALATION_GROUP (blank: the superusers) this many days
# after the last follow-up.
REMINDER_ESCALATION_AFTER_DAYS = env_int("REMINDER_ESCALATION_AFTER_DAYS", 7, minimum=1)
REMINDER_ESCALATION_GROUP = env_str("REMINDER_ESCALATION_GROUP", "")
# A worker owns a delivery for this long. Its attempt must be over well before:
# REMINDER_SEND_DEADLINE_SECONDS bounds the whole attempt (connect, every reply,
# the wait for the reply to the message), and the send task's Celery time limits
# fall between the two. RFC 5321 4.5.3.2.6 asks a client to wait 10 minutes for
# the reply to the end of a message (REMINDER_SMTP_DATA_TIMEOUT), hence the defaults.
REMINDER_LEASE_SECONDS = env_int("REMINDER_LEASE_SECONDS", 900, minimum=1)
REMINDER_SEND_DEADLINE_SECONDS = env_int("REMINDER_SEND_DEADLINE_SECONDS", 660, minimum=1)
REMINDER_SMTP_DATA_TIMEOUT = env_int("REMINDER_SMTP_DATA_TIMEOUT", 600, minimum=1)
if REMINDER_SEND_DEADLINE_SECONDS >= REMINDER_LEASE_SECONDS:
    raise ImproperlyConfigured(
        f"REMINDER_SEND_DEADLINE_SECONDS ({REMINDER_SEND_DEADLINE_SECONDS}) must be shorter "
        f"than REMINDER_LEASE_SECONDS ({REMINDER_LEASE_SECONDS}): a worker must be done "
        "with a delivery before its lease runs out."
    )
# A send task still unclaimed this long after it was queued is presumed lost and
# queued again (Redis itself redelivers a lost worker's tasks after an hour).
REMINDER_REQUEUE_AFTER_SECONDS = env_int("REMINDER_REQUEUE_AFTER_SECONDS", 3600, minimum=1)
REMINDER_MAX_ATTEMPTS = env_int("REMINDER_MAX_ATTEMPTS", 6, minimum=1)
REMINDER_RETRY_BASE_SECONDS = env_int("REMINDER_RETRY_BASE_SECONDS", 60, minimum=0)
REMINDER_BATCH_SIZE = env_int("REMINDER_BATCH_SIZE", 1000, minimum=1)
REMINDER_DIGEST_MAX_ITEMS = env_int("REMINDER_DIGEST_MAX_ITEMS", 500, minimum=1)
REMINDER_WEBHOOK_URL = env_str("REMINDER_WEBHOOK_URL", "")
REMINDER_WEBHOOK_SECRET = env_str("REMINDER_WEBHOOK_SECRET", "")
REMINDER_WEBHOOK_TIMEOUT = env_int("REMINDER_WEBHOOK_TIMEOUT", 10, minimum=1)
if REMINDER_WEBHOOK_URL and not REMINDER_WEBHOOK_SECRET.startswith("whsec_"):
    raise ImproperlyConfigured(
        "REMINDER_WEBHOOK_SECRET must be set to a 'whsec_<base64>' secret "
        "when REMINDER_WEBHOOK_URL is set."
    )

# --- API -------------------------------------------------------------------------
REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "rest_framework.authentication.SessionAuthentication",
        "rest_framework.authentication.TokenAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAdminUser"],
    # JSON only, bounded before parsing (docs/api.md, "Writing").
    "DEFAULT_PARSER_CLASSES": ["claims.api.parsers.JSONParser"],
    "DEFAULT_FILTER_BACKENDS": ["django_filters.rest_framework.DjangoFilterBackend"],
    "DEFAULT_SCHEMA_CLASS": "claims.api.schema.AutoSchema",
    "EXCEPTION_HANDLER": "claims.api.exceptions.api_exception_handler",
    "DEFAULT_THROTTLE_CLASSES": [
        "claims.api.throttling.AnonymousThrottle",
        "claims.api.throttling.AuthenticatedThrottle",
    ],
    "NUM_PROXIES": NUM_PROXIES,
    "DEFAULT_THROTTLE_RATES": {
        "anon": env_str("API_THROTTLE_ANON", "120/minute"),
        "user": env_str("API_THROTTLE_USER", "1200/minute"),
    },
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Claims tracker API",
    "DESCRIPTION": "What public figures claimed and predicted, and how it turned out.",
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "SCHEMA_PATH_PREFIX": r"/api/v1",
    "COMPONENT_SPLIT_REQUEST": True,
    "ENUM_NAME_OVERRIDES": {
        "ClaimKindEnum": "claims.choices.ClaimKind",
        "DatePrecisionEnum": "claims.choices.DatePrecision",
        "StatusEnum": "claims.choices.Status",
        "VerdictEnum": "claims.choices.Verdict",
        "ReviewStateEnum": "claims.choices.ReviewState",
        "SourceKindEnum": "claims.choices.SourceKind",
        "DeadlineSourceEnum": "claims.choices.DeadlineSource",
        "ParticipantRoleEnum": "claims.choices.ParticipantRole",
    },
}
CORS_ALLOW_ALL_ORIGINS = True
CORS_ALLOW_CREDENTIALS = False
CORS_URLS_REGEX = r"^/api/.*$"

# --- Logging -------------------------------------------------------------------
# Text for people in development, one JSON object a line for log collectors in
# production; every record carries the request id, which travels into the tasks
# a request enqueues (django-guid's Celery integration).
LOG_FORMAT = env_str("LOG_FORMAT", "json" if PRODUCTION else "text")
if LOG_FORMAT not in {"json", "text"}:
    raise ImproperlyConfigured(f"LOG_FORMAT must be 'json' or 'text', not {LOG_FORMAT!r}.")
LOGGING_CONFIG = "config.logs.configure"
LOGGING = logging_config(
    json=LOG_FORMAT == "json",
    level=env_str("LOG_LEVEL", "INFO"),
    embedded_broker=CELERY_BROKER_URL == "filesystem://",
)
DJANGO_GUID = {
    "GUID_HEADER_NAME": "X-Request-ID",
    # An incoming id is kept only when it is a UUID, so a client cannot write into the logs.
    "VALIDATE_GUID": True,
    # Celery's workers and beat take LOGGING too (config/celery.py).
    "INTEGRATIONS": [CeleryIntegration()],
}

# --- Health ------------------------------------------------------------------------
# The reminder schedule counts as stale when it last ran more than this many
# intervals ago; more dead deliveries than allowed fail the full health report.
HEALTH_BEAT_STALE_INTERVALS = 2
HEALTH_DEAD_DELIVERIES_MAX = env_int("HEALTH_DEAD_DELIVERIES_MAX", 0, minimum=0)
