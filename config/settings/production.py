"""Production: every secret and address comes from the environment; a missing one stops start-up."""

import os

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import database


def required_env(name: str) -> str:
    value = os.environ.get(name, "").strip()
    if not value:
        raise ImproperlyConfigured(f"Set the {name} environment variable (see .env.example).")
    return value


SECRET_KEY = required_env("SECRET_KEY")
ALLOWED_HOSTS = [host.strip() for host in required_env("ALLOWED_HOSTS").split(",") if host.strip()]
DATABASES = {"default": database(required_env("DATABASE_URL"))}
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", f"https://{ALLOWED_HOSTS[0]}")
CSRF_TRUSTED_ORIGINS = [f"https://{host}" for host in ALLOWED_HOSTS]

if redis_url := os.environ.get("REDIS_URL"):
    # A Redis that stops answering costs a page half a second once, then is left alone (caching/redis.py).
    CACHES = {
        "default": {
            "BACKEND": "caching.redis.RedisCache",
            "LOCATION": redis_url,
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
        }
    }
# The page cache needs one cache for all web processes: a purge in one must reach the pages
# the others keep. Without Redis each process has its own memory, so the page cache stays off.
PAGE_CACHE_ENABLED = bool(redis_url) and os.environ.get("PAGE_CACHE", "on") != "off"
# Comma-separated addresses of the HTTP caches in front that take purges by key (make serve: Varnish).
FRONT_PURGE_URLS = [url.strip() for url in os.environ.get("FRONT_PURGE_URLS", "").split(",") if url.strip()]
# The same holds for the menu, the footer and the listings' facts (caching/facts.py).
if not redis_url:
    FRAGMENT_CACHE_SECONDS = 0

# The site's slow work waits in the database for the worker (`manage.py task_worker`, docs/operations.md)
# instead of holding a web worker.
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = os.environ.get("EMAIL_USE_TLS", "true").lower() == "true"
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "noreply@localhost")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# HTTPS behind a proxy that sets X-Forwarded-Proto; SECURE_SSL_REDIRECT=false for plain local HTTP.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = os.environ.get("SECURE_SSL_REDIRECT", "true").lower() == "true"
SECURE_HSTS_SECONDS = 60 * 60 * 24 * 365
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True

# The Wagtail admin previews pages in a frame of its own origin, hence SAMEORIGIN and not DENY.
SILENCED_SYSTEM_CHECKS = [*SILENCED_SYSTEM_CHECKS, "security.W019"]  # noqa: F405

# The header in which the reverse proxy passes the visitor's address (core/client_ip.py).
CLIENT_IP_HEADER = os.environ.get("CLIENT_IP_HEADER", "REMOTE_ADDR")
# Comma-separated addresses of the proxies allowed to set that header.
TRUSTED_PROXIES = [address.strip() for address in os.environ.get("TRUSTED_PROXIES", "127.0.0.1,::1").split(",")]
# How many proxies append to that header: 1 for Varnish alone (make serve), 2 for nginx and Varnish (docs/front.md).
TRUSTED_PROXY_HOPS = int(os.environ.get("TRUSTED_PROXY_HOPS", "1"))
