"""Every URL of the site: admin, documents, sitemaps, robots.txt, then the public pages under /pl/, /en/, /nb/."""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from django.utils.translation import gettext_lazy as _
from django.views.static import serve

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from search import views as search_views

from . import views

urlpatterns = [
    path("", views.root_redirect, name="root"),
    path("robots.txt", views.robots_txt, name="robots_txt"),
    path("sitemap.xml", views.sitemap_index, name="sitemap_index"),
    path("sitemap-<section>.xml", views.sitemap, name="sitemap"),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
]

if settings.DEBUG or getattr(settings, "SERVE_MEDIA", False):
    # Development and tests only: in production the web server serves media, and only images.
    # Documents are served by /documents/<id>/<name>, which checks the collection's privacy.
    urlpatterns += [
        re_path(r"^media/(?P<path>(?:original_images|images)/.*)$", serve, {"document_root": settings.MEDIA_ROOT}),
    ]

# Every public page lives under its language prefix: /pl/, /en/, /nb/.
urlpatterns += i18n_patterns(
    path(_("search/"), search_views.search, name="search"),
    path(_("search/suggestions/"), search_views.suggestions, name="search_suggestions"),
    path(_("newsletter/"), include("newsletter.urls")),
    path(_("sign-ups/"), include("registrations.urls")),
    # Before Wagtail's own address for it: the same form, with a limit on guesses.
    path(
        "_util/authenticate_with_password/<int:page_view_restriction_id>/<int:page_id>/",
        views.authenticate_with_password,
    ),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

handler400 = "config.errors.bad_request"
handler403 = "config.errors.permission_denied"
handler500 = "config.errors.server_error"
