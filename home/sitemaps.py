"""One sitemap per language: its real pages (aliases left out), each linked to its translations."""

from collections import defaultdict

from django.contrib.sitemaps import Sitemap

from wagtail.models import Page

from .querysets import under_view_restriction


def published_pages():
    return Page.objects.live().exclude(under_view_restriction()).filter(depth__gt=1, alias_of__isnull=True)


class LanguageSitemap(Sitemap):
    def __init__(self, language_code, request):
        self.language_code = language_code
        self.request = request

    def items(self):
        return published_pages().filter(locale__language_code=self.language_code).order_by("path")

    def location(self, page):
        return page.get_url(self.request)

    def lastmod(self, page):
        return page.last_published_at

    def get_urls(self, page=1, site=None, protocol=None):
        urls = super().get_urls(page=page, site=site, protocol=protocol)
        versions = defaultdict(list)
        translations = published_pages().filter(translation_key__in=[url["item"].translation_key for url in urls])
        for translation in translations.select_related("locale"):
            versions[translation.translation_key].append(translation)
        for url in urls:
            page_path = self.location(url["item"])
            origin = url["location"].removesuffix(page_path)
            url["alternates"] = [
                {"lang_code": version.locale.language_code, "location": origin + version.get_url(self.request)}
                for version in versions[url["item"].translation_key]
            ]
        return urls
