"""The WSGI application for gunicorn, with production settings unless told otherwise, warmed up before it forks."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.production")

application = get_wsgi_application()

from config.warmup import warm_up  # noqa: E402  (needs the settings configured above)

warm_up()
