from django.conf import settings
from django.contrib.sitemaps import views as sitemap_views
from django.shortcuts import redirect, render
from django.utils.cache import patch_vary_headers

from .languages import language_for_accept_header
from .sitemaps import LanguageSitemap


def root_redirect(request):
    """/ has no language of its own: send the visitor to the home page in the language they read."""
    language_code = language_for_accept_header(request.headers.get("Accept-Language"))
    response = redirect(f"/{language_code}/")
    patch_vary_headers(response, ["Accept-Language"])
    return response


def language_sitemaps(request):
    return {code: LanguageSitemap(code, request) for code, _name in settings.LANGUAGES}


def sitemap_index(request):
    return sitemap_views.index(request, language_sitemaps(request), sitemap_url_name="sitemap")


def sitemap(request, section):
    return sitemap_views.sitemap(request, language_sitemaps(request), section=section)


def robots_txt(request):
    return render(
        request, "robots.txt", {"sitemap_url": request.build_absolute_uri("/sitemap.xml")}, content_type="text/plain"
    )
