"""The request's site, its home page and the sites' root paths, kept in the cache.

Wagtail looks them up on every view it serves (the site with a query of its own, the home page
with another, the home page in the active language with one or two more, the root paths that every
page URL starts from with a cache lookup of their own);
they change rarely, and every change to them renews the whole site's cache generation
(invalidation.policy: a site, a menu page, the home page), under which they are kept together.
"""

from django.http.request import split_domain_port

from wagtail.models import Site

from .facts import remembered
from .middleware import is_public_request


def site_with_home_page(request):
    site = Site._find_for_request(request)
    if site is not None:
        home = site.root_page.specific  # what Wagtail's routing asks of it next: .localized.specific
        translations = home.get_translations().live().select_related("locale")
        home.live_translations = {page.locale.language_code: page for page in translations}
        site.root_page = home
    return site, Site.get_site_root_paths()


class KnownSiteMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if is_public_request(request):
            hostname, port = split_domain_port(request._get_raw_host())[0], request.get_port()
            site, root_paths = remembered(
                request,
                f"site, home pages and root paths:{hostname}:{port}",
                lambda: site_with_home_page(request),
                path="/",
            )
            # Where Wagtail keeps them for the request once it has looked them up.
            request._wagtail_site = site
            request._wagtail_cached_site_root_paths = root_paths
        return self.get_response(request)
