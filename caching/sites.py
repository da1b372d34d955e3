"""The request's site and its home page, kept in the cache.

Wagtail looks them up on every view it serves (the site with a query of its own, the home page
with another); they change rarely, and every change to them renews the whole site's cache
generation (caching.invalidation: a site, a menu page, the home page), under which they are kept.
"""

from django.http.request import split_domain_port

from wagtail.models import Site

from .facts import remembered
from .middleware import is_public_request


def site_with_home_page(request):
    site = Site._find_for_request(request)
    if site is not None:
        site.root_page = site.root_page.specific  # what Wagtail's routing asks of it next
    return site


class KnownSiteMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if is_public_request(request):
            hostname, port = split_domain_port(request._get_raw_host())[0], request.get_port()
            site = remembered(request, f"site:{hostname}:{port}", lambda: site_with_home_page(request), path="/")
            request._wagtail_site = site
        return self.get_response(request)
