"""Local development: DEBUG on, a throwaway secret, e-mail printed to the console."""

import os

from .base import *  # noqa: F403

DEBUG = True
# A development-only key: production.py refuses to start without its own.
SECRET_KEY = os.environ.get("SECRET_KEY", "dev-only-insecure-key-do-not-use-in-production")
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]"]
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
STORAGES["staticfiles"]["BACKEND"] = "django.contrib.staticfiles.storage.StaticFilesStorage"  # noqa: F405

VAR_DIR.mkdir(exist_ok=True)  # noqa: F405  (the SQLite file and media live here)

# Static files straight from the app folders, no collectstatic needed.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
# Templates change under a developer's hands; a cached page or menu would hide the change.
PAGE_CACHE_ENABLED = False
# The demo administrator signs in with its password alone (README); anyone may still enrol an app.
TWO_FACTOR_ENFORCED = False
FRAGMENT_CACHE_SECONDS = 0
