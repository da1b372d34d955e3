"""What a web process would otherwise do on its first request: a worker that gunicorn replaces
(max_requests) then serves at once instead of keeping the requests queued for it waiting for
most of a second. Nothing here opens a connection, so it may run before the workers are forked."""

import gc
from pathlib import Path

from django.conf import settings
from django.core.cache import caches
from django.template.loader import get_template
from django.urls import reverse
from django.utils import translation

from core.analysis import compound_parts


def warm_up():
    # The URL patterns are compiled for reversing once per language, on the first reverse().
    for language_code, _name in settings.LANGUAGES:
        with translation.override(language_code):
            reverse("search")
    # The cache's client library: importing redis takes a third of a second; it connects later.
    for cache in caches.all(initialized_only=False):
        getattr(cache, "_cache", None)
    # simplemma's Norwegian dictionary, which splits compounds (core.analysis): half a second and
    # 100 MB, loaded once here and shared by the forked workers rather than in each on a first search.
    compound_parts("vannforsyning", "nb")
    # The site's own templates, compiled into the cached loader.
    for directory in settings.TEMPLATES[0]["DIRS"]:
        for template in Path(directory).rglob("*.html"):
            get_template(template.relative_to(directory).as_posix())
    # What is loaded by now lives as long as the process: left out of every garbage collection
    # (a full one, every few hundred requests, walked all of it), and not copied into each forked
    # worker when a collection would have touched it.
    gc.freeze()
