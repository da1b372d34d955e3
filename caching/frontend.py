"""Purging a CDN in front (wagtail.contrib.frontend_cache), when WAGTAILFRONTENDCACHE configures one.

Only the URLs of the locales where the page exists are purged, not every language of
every URL; pages below a purged tree expire from the CDN within `s-maxage`.
"""

from wagtail.contrib.frontend_cache.utils import purge_urls_from_cache
from wagtail.models import Site


def purge(paths):
    root_url = Site.objects.get(is_default_site=True).root_url
    purge_urls_from_cache([root_url + path for path in paths])
