"""Settings shared by every environment. Secure by default: dev.py loosens them."""

import datetime
import os
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF

from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent
VAR_DIR = BASE_DIR / "var"

DEBUG = False
ALLOWED_HOSTS: list[str] = []

INSTALLED_APPS = [
    # Our apps by floor, top down (README: project, site, content, ground).
    "demo",
    "registrations",
    "twofactor",
    "home",
    "search",
    "newsletter",
    "invalidation",
    "programmes",
    "news",
    "documents",
    "events",
    "translations",
    "core",
    "caching",
    "axes",
    "django_tasks",
    "django_tasks_db",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "wagtail_localize",
    "wagtail_localize.locales",  # replaces wagtail.locales
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.search_promotions",
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
    "django_filters",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.forms",  # its widget templates, for FORM_RENDERER
]

MIDDLEWARE = [
    "config.middleware.HeadWithoutBodyMiddleware",
    "config.middleware.without_encoding_named_none",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Before the session: a cached page costs no session, no database.
    "caching.middleware.PageCacheMiddleware",
    # Inside the page cache, so a cached page keeps the header it was rendered with.
    "csp.middleware.CSPMiddleware",
    "caching.sites.KnownSiteMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "config.middleware.PrefixedLocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "twofactor.middleware.SecondFactorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "axes.middleware.AxesMiddleware",
    "config.middleware.MissingFieldIsBadRequestMiddleware",
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
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]
# Widgets render with the templates above, so templates/django/forms/ can override Django's.
FORM_RENDERER = "django.forms.renderers.TemplatesSetting"


def database(url):
    config = dj_database_url.parse(url, conn_max_age=60, conn_health_checks=True)
    if config["ENGINE"] == "django.db.backends.postgresql":
        # No merge joins: page ids follow the order pages were made in (the Polish tree, then its
        # translations), so a merge by id walks thousands of pages past the last match; hash and
        # nested-loop joins do not (docs/performance.md).
        options = config.setdefault("OPTIONS", {})
        options["options"] = f"{options.get('options', '')} -c enable_mergejoin=off".strip()
        # Statements prepared on the connection after their fifth run (Django turns this off, for
        # connection poolers in transaction mode, which we do not use): PostgreSQL then keeps a plan
        # where one serves all parameters, and planning was half of a simple listing's query.
        options.update(server_side_binding=True, prepare_threshold=5)
    if config["ENGINE"] == "django.db.backends.sqlite3":
        # Several processes write one file (gunicorn's workers, the task worker, a shell): a transaction
        # takes the write lock when it begins, so none fails at once when it finds another writing
        # (SQLite does not wait for a lock it would upgrade to), and waits up to 20 s. Readers go on
        # while one writes (the write-ahead log).
        options = config.setdefault("OPTIONS", {})
        options.update(transaction_mode="IMMEDIATE", timeout=20, init_command="PRAGMA journal_mode=WAL;")
    return config


# DATABASE_URL selects PostgreSQL (or anything dj-database-url knows);
# without it the site runs on an SQLite file in var/.
DATABASES = {"default": database(os.environ.get("DATABASE_URL") or f"sqlite:///{VAR_DIR / 'db.sqlite3'}")}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Sign-in attempts to the admin are limited (django-axes): five failures lock the account name
# and, separately, the address they came from, for 15 minutes. A success resets the count.
AUTHENTICATION_BACKENDS = ["axes.backends.AxesStandaloneBackend", "django.contrib.auth.backends.ModelBackend"]
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = datetime.timedelta(minutes=15)
# An account is locked after its failures, from every address; an address is never locked for every
# account, since a whole office may share it.
AXES_LOCKOUT_PARAMETERS = ["username"]
# axes.W006 warns of limits a rotated User-Agent or cookie escapes; a limit by account escapes neither.
SILENCED_SYSTEM_CHECKS = ["axes.W006"]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "config.errors.locked_out"
AXES_CLIENT_IP_CALLABLE = "core.client_ip.client_ip"
CLIENT_IP_HEADER = "REMOTE_ADDR"
# The proxies whose CLIENT_IP_HEADER is believed, and how many stand before the site, each appending
# the address it saw (core/client_ip.py).
TRUSTED_PROXIES = ["127.0.0.1", "::1"]
TRUSTED_PROXY_HOPS = 1
# A second factor (TOTP) for superusers and these groups: they can publish or see personal data.
TWO_FACTOR_ENFORCED = True
TWO_FACTOR_REQUIRED_GROUPS = ["Moderatorzy", "Newsletter", "Organizatorzy"]
OTP_TOTP_ISSUER = "Miasta"
# The least time a sign-up (newsletter, event) takes to answer, whatever the address: the time tells nothing.
SIGN_UP_ANSWER_SECONDS = 0.25
# Guesses at a page's password (a view restriction) one address may make in an hour.
PAGE_PASSWORD_ATTEMPTS_PER_HOUR = 20
# Sign-ups for events (registrations/): how many one address may send in an hour, how many days
# before an event the reminder goes, and how many days after it the personal data is erased.
REGISTRATION_SIGN_UPS_PER_IP_PER_HOUR = 10
REGISTRATION_REMINDER_DAYS = 2
REGISTRATION_RETENTION_DAYS = 90

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: one list for Django, Wagtail's content languages and wagtail-localize.
# Polish is the source language; en and nb are translated from it.
LANGUAGE_CODE = "pl"
LANGUAGES = [
    ("pl", "Polski"),
    ("en", "English"),
    ("nb", "Norsk bokmål"),
]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = True
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
TIME_ZONE = "Europe/Warsaw"
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = VAR_DIR / "static"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = os.environ.get("MEDIA_ROOT", VAR_DIR / "media")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# Complex page forms exceed Django's default of 1,000 fields.
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

CSRF_FAILURE_VIEW = "config.errors.csrf_failure"
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
X_FRAME_OPTIONS = "SAMEORIGIN"  # the Wagtail admin previews pages in a frame

# Public pages load nothing but the site's own files: no inline script or style anywhere
# (tests/browser checks that the browser reports no violation). Videos embedded by editors come
# from YouTube or Vimeo. The admin uses inline scripts of its own and is left out.
CONTENT_SECURITY_POLICY = {
    "EXCLUDE_URL_PREFIXES": ["/admin/"],
    "DIRECTIVES": {
        "default-src": [SELF],
        "img-src": [SELF, "data:"],
        "frame-src": ["https://www.youtube.com", "https://www.youtube-nocookie.com", "https://player.vimeo.com"],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [SELF],
    },
}

WAGTAIL_SITE_NAME = _("Cities programmes")
WAGTAILADMIN_BASE_URL = "http://127.0.0.1:8000"
# Anonymous pages from the cache (caching/); production turns it on only with a shared Redis.
PAGE_CACHE_ENABLED = True
# The query parameters public pages read (pagination, listing filters, calendar, search). A page asked
# for with any other (?utm_source=…) is rendered but not stored: nobody can fill the cache with variants.
PAGE_CACHE_QUERY_PARAMETERS = ["page", "programme", "year", "kind", "city", "month", "day", "q", "type", "lang"]
# The fronts purged by surrogate key after a change (Varnish with xkey: deploy/varnish/), e.g.
# ["http://127.0.0.1:8000/"]; none by default.
FRONT_PURGE_URLS = []
# The menu and footer (shared by every page of a language) kept rendered, and the facts listings derive
# from their content (caching/facts.py): purged with the page cache.
FRAGMENT_CACHE_SECONDS = 24 * 3600
# Slugs are transliterated to ASCII ("aktualnosci", not "aktualności"), so links survive copying.
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAILSEARCH_BACKENDS = {
    # The text and the query arrive analysed (core/analysis.py): PostgreSQL must take the terms as
    # they are, not stem them again with the server's default configuration (often English). A named
    # configuration also lets PostgreSQL read the query once instead of once per ranked row.
    # Changing it needs `python manage.py update_index`.
    # search.backend: Wagtail's database backend, keeping each page's ranking text as it indexes the page.
    "default": {"BACKEND": "search.backend", "SEARCH_CONFIG": "simple"},
}
# How words are reduced to their roots for search (core/analysis.py); "simplemma" is the alternative.
SEARCH_ANALYSER = "snowball"
# No html, svg, xml or js: they would run as pages of this site. documents/file_checks.py checks content.
WAGTAILDOCS_EXTENSIONS = [
    "pdf",
    "doc",
    "docx",
    "odt",
    "xls",
    "xlsx",
    "ods",
    "ppt",
    "pptx",
    "odp",
    "rtf",
    "txt",
    "csv",
    "zip",
]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
# Files go through Django, which checks the collection's privacy; /media/documents/ is never served.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
# Only PDFs open in the browser; everything else downloads, with "default-src 'none'" as its CSP.
WAGTAILDOCS_INLINE_CONTENT_TYPES = ["application/pdf"]
WAGTAILDOCS_BLOCK_EMBEDDED_CONTENT = True
WAGTAILDOCS_DOCUMENT_FORM_BASE = "documents.admin_forms.CheckedDocumentForm"
# django-tasks: Wagtail's own tasks (search and reference index) and the site's slow work (a PDF's text,
# every e-mail, a newsletter's batches, the front's second purge) on one backend. Tasks run at once, inside
# the request, unless the settings name a queue: production keeps them in the database for the worker
# (`manage.py task_worker`).
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
# A message the mail server refuses is tried again MAIL_ATTEMPTS times in all, after MAIL_RETRY_SECONDS,
# then twice that, and so on (about 2 hours in all): an SMTP server down for an hour loses nothing.
MAIL_ATTEMPTS = 8
MAIL_RETRY_SECONDS = 60
# An issue goes to this many subscribers per connection to the mail server, and per task (newsletter.tasks).
NEWSLETTER_BATCH_SIZE = 100
# Who sees a message that failed for good (core.admin_views): the organisers a sign-up's, the newsletter's
# editors a subscriber's (registrations.emails.SEEN_BY, newsletter.subscriptions.SEEN_BY).
MAIL_FAILURES_SEEN_BY = ["registrations.view_registration", "newsletter.send_newsletterissue"]
# The bounds of reading a PDF's text for search (documents/pdf_text.py): a file past one is kept, its text
# marked as not extracted. Real position documents need well under a second, a few pages and a few MB.
PDF_TEXT_SECONDS = 20  # also what the worker gives one file; the editor's request does not wait
PDF_TEXT_PAGES = 500
PDF_TEXT_CHARACTERS = 2_000_000
PDF_TEXT_MEGABYTES = 512
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
# Every image in the library has a description, the alternative text where a block gives none.
WAGTAILIMAGES_IMAGE_FORM_BASE = "core.images.DescribedImageForm"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
}
