"""Test run: fast hashing, e-mail kept in memory, media in var/test-media."""

import os

from .base import *  # noqa: F403

SECRET_KEY = "test-only-key"  # noqa: S105  (tests only; production.py requires its own)
ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
SIGN_UP_ANSWER_SECONDS = 0.05  # evened out all the same, in less of the suite's time
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# Fixed, so --reuse-db finds the files it refers to; the browser tests' server has a folder of its own.
MEDIA_ROOT = os.environ.get("MEDIA_ROOT", VAR_DIR / "test-media")  # noqa: F405
# The browser tests run the site with DEBUG off, as in production, and still need its images.
SERVE_MEDIA = True
STORAGES["staticfiles"]["BACKEND"] = "django.contrib.staticfiles.storage.StaticFilesStorage"  # noqa: F405
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://testserver")

# The browser tests' server writes its e-mails to files, where the tests find the links in them.
if mail_folder := os.environ.get("EMAIL_FILE_PATH"):
    EMAIL_BACKEND = "django.core.mail.backends.filebased.EmailBackend"
    EMAIL_FILE_PATH = mail_folder

# Static files straight from the app folders, no collectstatic needed.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
