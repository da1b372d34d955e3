"""Purging the front after a change: by surrogate key where it takes keys (FRONT_PURGE_URLS: Varnish
with xkey, deploy/varnish/), by address through wagtail.contrib.frontend_cache where
WAGTAILFRONTENDCACHE names a CDN that purges addresses only.

A key purge reaches every variant of the pages it names (query strings, feeds, trees below). An
address purge reaches the addresses of the locales where the page exists, without their query
strings; the rest expire from the CDN within `s-maxage`.
"""

import datetime
import logging
import urllib.request

from django_tasks import task

from django.conf import settings
from django.utils import timezone

from wagtail.contrib.frontend_cache.utils import purge_urls_from_cache
from wagtail.models import Site

logger = logging.getLogger(__name__)

# Keys of 25 characters: a purge request's header stays well under Varnish's 8 KB for a header.
KEYS_PER_REQUEST = 100
TIMEOUT_SECONDS = 2
# A response rendered from the old content may reach the front just after its purge; the page cache
# keeps none that changed while rendering (caching/middleware.py), and this purge again catches one
# that left the application a moment before.
AGAIN_AFTER_SECONDS = 1


def purge_keys(keys):
    """Purge the responses carrying any of these keys from each front now, and once more a moment later."""
    if getattr(settings, "FRONT_PURGE_URLS", ()):
        send_purges(keys)
        again = purge_front_again
        if again.get_backend().supports_defer:  # a backend that runs tasks at once purges twice at once
            again = again.using(run_after=timezone.now() + datetime.timedelta(seconds=AGAIN_AFTER_SECONDS))
        again.enqueue(keys)


@task()
def purge_front_again(keys):
    """The second purge, on the worker: the editor's request does not wait for it, nor leaves a thread."""
    send_purges(keys)


def send_purges(keys):
    """A front that does not answer is logged; its pages expire within `s-maxage` (caching/middleware.py)."""
    for url in settings.FRONT_PURGE_URLS:
        for start in range(0, len(keys), KEYS_PER_REQUEST):
            batch = " ".join(keys[start : start + KEYS_PER_REQUEST])
            request = urllib.request.Request(url, method="PURGE", headers={"xkey-purge": batch})  # noqa: S310
            try:
                urllib.request.urlopen(request, timeout=TIMEOUT_SECONDS).close()  # noqa: S310
            except OSError as error:
                logger.warning("The front at %s was not purged: %s", url, error)


def purge_paths(paths):
    root_url = Site.objects.get(is_default_site=True).root_url
    purge_urls_from_cache([root_url + path for path in paths])
