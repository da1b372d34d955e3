"""What search engines and feed readers see: robots.txt, per-language sitemaps, Atom feeds."""

import xml.etree.ElementTree as ElementTree
from datetime import datetime

import pytest

from wagtail.models import Page

from config.sitemaps import LanguageSitemap
from news.models import NewsIndexPage, NewsPage
from programmes.models import ProgrammePage

pytestmark = pytest.mark.django_db

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"
ATOM = "{http://www.w3.org/2005/Atom}"


def test_robots_txt_points_at_the_sitemap(client):
    response = client.get("/robots.txt")
    assert response["Content-Type"].startswith("text/plain")
    assert "Sitemap: http://testserver/sitemap.xml" in response.content.decode()
    assert "Disallow: /admin/" in response.content.decode()


def test_sitemap_index_lists_one_sitemap_per_language(client):
    index = ElementTree.fromstring(client.get("/sitemap.xml").content)
    locations = [element.text for element in index.iter(f"{SITEMAP}loc")]
    assert locations == [f"http://testserver/sitemap-{code}.xml" for code in ("pl", "en", "nb")]


def sitemap_urls(client, path):
    urlset = ElementTree.fromstring(client.get(path).content)
    return {
        url.find(f"{SITEMAP}loc").text: {link.get("hreflang"): link.get("href") for link in url.iter(f"{XHTML}link")}
        for url in urlset.iter(f"{SITEMAP}url")
    }


def test_language_sitemap_leaves_aliases_out_and_links_translations(client):
    urls = sitemap_urls(client, "/sitemap-nb.xml")
    real_pages = Page.objects.live().filter(locale__language_code="nb", alias_of__isnull=True, depth__gt=1)
    assert set(urls) == {f"http://testserver{page.url}" for page in real_pages}
    assert Page.objects.filter(locale__language_code="nb", alias_of__isnull=False).exists()
    smup = ProgrammePage.objects.get(url_path__endswith="/smup/", locale__language_code="nb")
    assert urls[f"http://testserver{smup.url}"] == {
        "pl": "http://testserver/pl/programy/smup/",
        "en": "http://testserver/en/programmes/smup/",
        "nb": "http://testserver/nb/programmer/smup/",
    }


def test_polish_sitemap_lists_every_polish_page(client):
    urls = sitemap_urls(client, "/sitemap-pl.xml")
    assert len(urls) == Page.objects.live().filter(locale__language_code="pl", depth__gt=1).count()


def test_a_language_sitemap_comes_in_files_the_index_lists(client, monkeypatch):
    monkeypatch.setattr(LanguageSitemap, "limit", 7)
    index = ElementTree.fromstring(client.get("/sitemap.xml").content)
    files = [element.text for element in index.iter(f"{SITEMAP}loc") if "sitemap-pl" in element.text]
    polish = Page.objects.live().filter(locale__language_code="pl", depth__gt=1)
    assert len(files) == -(-polish.count() // 7) > 2
    assert files[1] == "http://testserver/sitemap-pl.xml?p=2"
    urls = [url for file in files for url in sitemap_urls(client, file.removeprefix("http://testserver"))]
    assert sorted(urls) == sorted(f"http://testserver{page.url}" for page in polish)
    assert client.get("/sitemap-pl.xml", {"p": len(files) + 1}).status_code == 404


def test_the_sitemap_index_dates_each_language_by_its_latest_publication(client):
    index = ElementTree.fromstring(client.get("/sitemap.xml").content)
    for code in ("pl", "en", "nb"):
        entry = next(item for item in index if item.find(f"{SITEMAP}loc").text.endswith(f"sitemap-{code}.xml"))
        pages = Page.objects.live().filter(locale__language_code=code, depth__gt=1, alias_of__isnull=True)
        latest = max(filter(None, pages.values_list("last_published_at", flat=True)))
        assert datetime.fromisoformat(entry.find(f"{SITEMAP}lastmod").text) == latest


def feed_entries(client, url):
    feed = ElementTree.fromstring(client.get(url).content)
    return feed, [entry.find(f"{ATOM}title").text for entry in feed.iter(f"{ATOM}entry")]


def test_news_feed_is_in_the_language_of_its_page(client):
    index = NewsIndexPage.objects.get(locale__language_code="nb")
    feed, titles = feed_entries(client, f"{index.url}feed/")
    assert feed.get("{http://www.w3.org/XML/1998/namespace}lang") == "nb"
    assert feed.find(f"{ATOM}title").text == "Nyheter"
    newest = NewsPage.objects.listed_in(index.locale_id)[:20]
    assert titles == [news.title for news in newest]


def test_programme_feed_holds_only_its_news(client):
    programme = ProgrammePage.objects.get(slug="smup", locale__language_code="pl")
    _feed, titles = feed_entries(client, f"{programme.url}feed/")
    assert sorted(titles) == sorted(
        NewsPage.objects.filter(locale__language_code="pl").descendant_of(programme).values_list("title", flat=True)
    )
    assert 'type="application/atom+xml"' in client.get(programme.url).content.decode()
