"""Views of the project itself: the language redirect of /, robots.txt, the sitemaps, the throttled page password."""

from django.conf import settings
from django.contrib.sitemaps import views as sitemap_views
from django.contrib.sitemaps.views import SitemapIndexItem
from django.shortcuts import redirect, render
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.cache import patch_vary_headers

from wagtail import views as wagtail_views

from core import ratelimit
from core.addresses import absolute_url
from core.languages import language_for_accept_header

from .errors import too_many_password_guesses
from .sitemaps import LanguageSitemap


def root_redirect(request):
    """/ has no language of its own: send the visitor to the home page in the language they read."""
    language_code = language_for_accept_header(request.headers.get("Accept-Language"))
    response = redirect(f"/{language_code}/")
    patch_vary_headers(response, ["Accept-Language"])
    return response


def language_sitemaps(request):
    return {code: LanguageSitemap(code, request) for code, _name in settings.LANGUAGES}


@sitemap_views.x_robots_tag
def sitemap_index(request):
    """Each language's sitemap files, at the site's own address (Django's index would take the request's Host)."""
    files = []
    for section, sitemap in language_sitemaps(request).items():
        url = absolute_url(reverse("sitemap", kwargs={"section": section}))
        lastmod = sitemap.get_latest_lastmod()
        files.append(SitemapIndexItem(url, lastmod))
        files += [SitemapIndexItem(f"{url}?p={page}", lastmod) for page in range(2, sitemap.paginator.num_pages + 1)]
    return TemplateResponse(request, "sitemap_index.xml", {"sitemaps": files}, content_type="application/xml")


def sitemap(request, section):
    return sitemap_views.sitemap(request, language_sitemaps(request), section=section)


def robots_txt(request):
    return render(
        request, "robots.txt", {"sitemap_url": absolute_url(reverse("sitemap_index"))}, content_type="text/plain"
    )


def authenticate_with_password(request, page_view_restriction_id, page_id):
    """Wagtail's form for a page's password, with a limit on the guesses one address may make."""
    scope = f"page-password:{page_view_restriction_id}"
    if request.method == "POST" and not ratelimit.allow(request, scope, settings.PAGE_PASSWORD_ATTEMPTS_PER_HOUR):
        return too_many_password_guesses(request)
    return wagtail_views.authenticate_with_password(request, page_view_restriction_id, page_id)
