"""Test run: fast hashing, e-mail kept in memory, media in var/test-media."""

from .base import *  # noqa: F403

SECRET_KEY = "test-only-key"  # noqa: S105  (tests only; production.py requires its own)
ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
MEDIA_ROOT = VAR_DIR / "test-media"  # noqa: F405  (fixed, so --reuse-db finds the files it refers to)
STORAGES["staticfiles"]["BACKEND"] = "django.contrib.staticfiles.storage.StaticFilesStorage"  # noqa: F405
WAGTAILADMIN_BASE_URL = "http://testserver"

# Static files straight from the app folders, no collectstatic needed.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
