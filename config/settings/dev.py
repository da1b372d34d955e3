"""Local development: DEBUG on, a throwaway secret, e-mail printed to the console and kept in var/mail/."""

import os

from .base import *  # noqa: F403

DEBUG = True
# A development-only key: production.py refuses to start without its own.
SECRET_KEY = os.environ.get("SECRET_KEY", "dev-only-insecure-key-do-not-use-in-production")
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]"]
# The address make run serves (make run PORT=8601): every e-mail's link and canonical link follows it.
WAGTAILADMIN_BASE_URL = f"http://127.0.0.1:{os.environ.get('PORT', '8000')}"
EMAIL_BACKEND = "core.mail.ConsoleAndFileBackend"
EMAIL_FILE_PATH = VAR_DIR / "mail"  # noqa: F405  (one .log file per message, to open and click)
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
