"""One sitemap per language: its real pages (aliases left out), each linked to its translations.

A language's sitemap is split into files (sitemap-pl.xml?p=2 …, listed in the index), so that no
request renders the whole site, which grows with every page (docs/performance.md).
"""

from collections import defaultdict
from urllib.parse import urlsplit

from django.contrib.sitemaps import Sitemap
from django.db.models import Max

from wagtail.models import Page

from core.addresses import absolute_url, site_origin
from core.querysets import under_view_restriction

# What a sitemap entry needs of a page: its URL (from url_path), language, translations and date.
ENTRY_FIELDS = ("url_path", "translation_key", "last_published_at", "locale__language_code")


def published_pages():
    pages = Page.objects.live().exclude(under_view_restriction()).filter(depth__gt=1, alias_of__isnull=True)
    return pages.select_related("locale").only(*ENTRY_FIELDS)


class LanguageSitemap(Sitemap):
    # Far under the protocol's 50,000 URLs, so a file of translated pages with links to three
    # versions each renders in well under a second.
    limit = 1000

    def __init__(self, language_code, request):
        self.language_code = language_code
        self.request = request

    def items(self):
        return published_pages().filter(locale__language_code=self.language_code).order_by("path")

    def get_protocol(self, protocol=None):
        return urlsplit(site_origin()).scheme

    def get_domain(self, site=None):
        """The site's configured host, not the request's (core.addresses)."""
        return urlsplit(site_origin()).netloc

    def location(self, page):
        return page.get_url(self.request)

    def lastmod(self, page):
        return page.last_published_at

    def get_latest_lastmod(self):
        """For the index: the database's answer, not every page of the language loaded (Django's way)."""
        return self.items().aggregate(latest=Max("last_published_at"))["latest"]

    def get_urls(self, page=1, site=None, protocol=None):
        urls = super().get_urls(page=page, site=site, protocol=protocol)
        versions = published_pages().filter(translation_key__in=[url["item"].translation_key for url in urls])
        translations = defaultdict(list)
        for version in versions.exclude(locale__language_code=self.language_code):
            translations[version.translation_key].append(version)
        for url in urls:
            url["alternates"] = [{"lang_code": self.language_code, "location": url["location"]}] + [
                {"lang_code": version.locale.language_code, "location": absolute_url(version.get_url(self.request))}
                for version in translations[url["item"].translation_key]
            ]
        return urls
