"""Absolute addresses of the site, from its configured public address and never from the request's Host.

A Host header is the visitor's to choose: any port passes ALLOWED_HOSTS, and a page cached with
links built from it would carry them to everyone.
"""

from urllib.parse import urlsplit

from django.conf import settings


def site_origin():
    """The site's public address (scheme and host), as WAGTAILADMIN_BASE_URL gives it."""
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/")


def absolute_url(path_or_url):
    """The absolute URL of a path on the site; a URL that is absolute already is returned as it is."""
    if urlsplit(path_or_url).netloc:
        return path_or_url
    return site_origin() + path_or_url
