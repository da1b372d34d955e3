"""The page cache: anonymous pages from the cache, and every change visible on the very next request."""

import datetime
import io
import math
import re
from unittest import mock

import pytest

from django.contrib.auth.models import Group
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation

from wagtail.models import Locale, PageViewRestriction, Site, TranslatableMixin

from caching import frontend, generations
from caching.middleware import PageCacheMiddleware
from caching.sites import site_with_home_page
from demo.translations import texts_for
from documents.models import DocumentIndexPage
from events.models import EventIndexPage, EventPage
from home.models import DataProtectionNotice, HomePage
from news.models import NewsIndexPage, NewsPage
from programmes.models import ProgrammePage
from tests.factories import EventPageFactory, NewsPageFactory

pytestmark = pytest.mark.django_db

SLUG = "miasto-cyfrowe-w-zabrzu"  # a news item of the EMPIRIE network, untranslated (aliases in en and nb)


def in_locale(model, language_code, **filters):
    return model.objects.get(locale__language_code=language_code, **filters)


def news(language_code="pl"):
    """The news item, or its version in the language (whose slug follows its title once translated)."""
    polish = in_locale(NewsPage, "pl", slug=SLUG)
    return (
        polish if language_code == "pl" else in_locale(NewsPage, language_code, translation_key=polish.translation_key)
    )


def listings(language_code):
    """Where the news item shows: its index (filtered too) and feed, its network and programme."""
    network = news(language_code).get_parent().specific
    index_url = in_locale(NewsIndexPage, language_code).url
    return [
        index_url,
        f"{index_url}?programme={network.pk}",
        index_url + "feed/",
        network.url,
        network.get_parent().url,
    ]


def warm(client, urls):
    """Every URL answered once, so the next request comes from the cache (checked)."""
    for url in urls:
        assert client.get(url).status_code == 200, url
        assert client.get(url)["X-Page-Cache"] == "hit", url


def test_a_cached_page_costs_no_query_and_carries_nothing_personal(client, django_assert_num_queries):
    first = client.get("/pl/aktualnosci/")
    assert first["X-Page-Cache"] == "miss"
    with django_assert_num_queries(0):
        again = client.get("/pl/aktualnosci/")
    assert again["X-Page-Cache"] == "hit"
    assert again.content == first.content
    for response in (first, again):
        assert not response.cookies
        assert "cookie" not in response.get("Vary", "").lower()
        assert b"csrfmiddlewaretoken" not in response.content
        assert "public" in response["Cache-Control"] and "s-maxage=300" in response["Cache-Control"]
        assert "stale-while-revalidate" in response["Cache-Control"]


def test_renew_cache_after_a_deploy_renders_every_page_anew(client):
    urls = ["/pl/", in_locale(NewsIndexPage, "nb").url]
    warm(client, urls)
    call_command("renew_cache", stdout=io.StringIO())
    for url in urls:
        assert client.get(url)["X-Page-Cache"] == "miss", url


def test_each_query_string_is_its_own_entry(client):
    warm(client, ["/pl/aktualnosci/", "/pl/aktualnosci/?page=2"])
    assert client.get("/pl/aktualnosci/").content != client.get("/pl/aktualnosci/?page=2").content


@pytest.mark.parametrize(
    "query", ["?utm_source=newsletter", "?page=2&page=3", "?q=" + "x" * 600, "?page=2&cachebuster=1"]
)
def test_query_strings_no_page_reads_are_answered_but_not_stored(client, query):
    """Otherwise every ?utm_source=… would keep a copy of the page for hours: anyone could fill the cache."""
    assert client.get("/pl/aktualnosci/")["X-Page-Cache"] == "miss"
    entries = len(cache._cache)
    for _ in range(2):
        response = client.get("/pl/aktualnosci/" + query)
        assert response.status_code == 200 and "X-Page-Cache" not in response
    assert len(cache._cache) == entries


@pytest.mark.parametrize(
    "path",
    [
        "/pl/aktualnosci/?page=999",
        "/pl/aktualnosci/?page=abc",
        "/pl/aktualnosci/?year=1901",
        "/pl/dokumenty/?year=2001",
        "/pl/szukaj/?q=",
        "/pl/szukaj/?q=xyzzyplugh",
        "/pl/szukaj/?q=" + "szkolenia " * 30,
        "/pl/kalendarz/?month=2999-01",
        "/nb/kalender/?day=2999-01-02",
    ],
)
def test_a_variant_that_lists_nothing_is_answered_and_kept_by_neither_cache(client, path):
    """Values outside what the listing has: anyone could vary them without end to fill Redis and the front."""
    for _ in range(2):
        response = client.get(path)
        assert response.status_code == 200 and "X-Page-Cache" not in response, path
        assert "no-store" in response["Cache-Control"] and "s-maxage" not in response["Cache-Control"]
    assert not [key for key in cache._cache if ":pagecache:entry:" in key]


def test_the_same_listings_with_something_to_show_are_stored(client):
    for path in ["/pl/aktualnosci/?page=2", "/pl/szukaj/?q=szkolenia", "/pl/aktualnosci/?page=1"]:
        client.get(path)
        assert client.get(path)["X-Page-Cache"] == "hit", path


def test_a_logged_in_editor_never_gets_a_cached_page(client, django_user_model):
    warm(client, ["/pl/"])
    editor = django_user_model.objects.create_user("cache-editor", password="x")
    editor.groups.add(Group.objects.get(name="Redaktorzy"))
    client.force_login(editor)
    response = client.get("/pl/")
    assert "X-Page-Cache" not in response
    assert "private" in response["Cache-Control"] and "no-store" in response["Cache-Control"]
    # The editor's page has the userbar; the one the cache holds for everyone else must not.
    assert b"wagtail-userbar" in response.content
    assert b"wagtail-userbar" not in Client().get("/pl/").content


def test_posts_and_the_language_redirect_are_not_cached(client):
    assert "X-Page-Cache" not in client.post("/pl/newsletter/", {"email": "x"})
    root = client.get("/", HTTP_ACCEPT_LANGUAGE="nb")
    assert "X-Page-Cache" not in root
    assert root["Vary"] == "Accept-Language"


@pytest.mark.parametrize("language_code", ["pl", "nb"])
def test_publishing_shows_everywhere_at_once(client, language_code):
    search_url = {"pl": "/pl/szukaj/?q=zabrze", "nb": "/nb/sok/?q=zabrze"}[language_code]  # found before and after
    urls = [news(language_code).url, *listings(language_code), search_url]
    warm(client, urls)
    source = news()
    source.title = "Zabrze: nowe centrum danych"
    source.save_revision().publish()
    for url in urls:
        assert "Zabrze: nowe centrum danych" in client.get(url).content.decode(), url


def test_a_new_news_item_shows_on_the_home_page(client, polish):
    home = in_locale(HomePage, "pl")
    warm(client, [home.url])
    programme = in_locale(ProgrammePage, "pl", slug="smup")
    fresh = NewsPageFactory.build(title="Najnowsza wiadomość SMUP", date=datetime.date(2030, 1, 1), locale=polish)
    programme.add_child(instance=fresh)
    fresh.save_revision().publish()
    assert "Najnowsza wiadomość SMUP" in client.get(home.url).content.decode()


def test_a_listings_filters_and_page_count_follow_the_content(client, polish):
    """The year choices and the count behind "Page n of m" are kept in the cache too (caching/facts.py)."""
    index = in_locale(NewsIndexPage, "pl")
    pages_before = math.ceil(NewsPage.objects.live().filter(locale=polish).count() / NewsIndexPage.per_page)
    last_page = f"{index.url}?page={pages_before + 1}"
    warm(client, [index.url])
    assert "X-Page-Cache" not in client.get(last_page)  # past the last page: answered, never stored
    assert '<option value="1999">' not in client.get(index.url).content.decode()
    programme = in_locale(ProgrammePage, "pl", slug="smup")
    oldest = NewsPageFactory.build(title="Wiadomość z 1999 roku", date=datetime.date(1999, 5, 1), locale=polish)
    programme.add_child(instance=oldest)
    # One item more than the pages held, so the oldest opens a page of its own, asked for before it existed.
    for _extra in range(NewsIndexPage.per_page * pages_before - NewsPage.objects.live().filter(locale=polish).count()):
        programme.add_child(instance=NewsPageFactory.build(date=datetime.date(2000, 1, 1), locale=polish))
    oldest.save_revision().publish()
    html = client.get(last_page).content.decode()
    assert "Wiadomość z 1999 roku" in html
    assert f"Strona {pages_before + 1} z {pages_before + 1}" in html
    assert '<option value="1999">' in html
    oldest.unpublish()
    assert '<option value="1999">' not in client.get(index.url).content.decode()


def test_scale_content_renews_the_cached_listings(client, polish):
    """Its bulk inserts send no signals, so it purges by itself."""
    index = in_locale(NewsIndexPage, "pl")
    warm(client, [index.url])
    call_command("load_scale_content", news=30, documents=0, events=0, verbosity=0)
    newest = NewsPage.objects.live().filter(locale=polish).order_by("-date", "-pk").first()
    assert newest.slug.startswith("skala-")
    assert newest.title in client.get(index.url).content.decode()


def test_the_programme_filters_follow_the_programmes(client):
    """The programme options of the listings and the search page are kept in the cache too."""
    programme = in_locale(ProgrammePage, "pl", slug="smup")
    urls = [in_locale(model, "pl").url for model in (NewsIndexPage, DocumentIndexPage, EventIndexPage)]
    urls.append("/pl/szukaj/?q=miasto")
    warm(client, urls)
    programme.title = "Szkoła Mistrzów Zarządzania Miastem"
    programme.save_revision().publish()
    for url in urls:
        assert f'<option value="{programme.pk}">Szkoła Mistrzów Zarządzania Miastem</option>' in (
            client.get(url).content.decode()
        ), url
    programme.unpublish()
    for url in urls:
        assert f'<option value="{programme.pk}">' not in client.get(url).content.decode(), url


def test_editors_and_previews_get_the_listing_facts_computed(client, django_user_model, polish):
    """No purge reaches them, so they never read caching.facts."""
    index = in_locale(NewsIndexPage, "pl")
    client.get(index.url)
    NewsPage.objects.filter(locale=polish, slug=SLUG).update(date=datetime.date(1999, 5, 1))  # no signal
    assert '<option value="1999">' not in client.get(index.url).content.decode()
    editor = django_user_model.objects.create_user("facts-editor", password="x")
    editor.groups.add(Group.objects.get(name="Redaktorzy"))
    client.force_login(editor)
    assert '<option value="1999">' in client.get(index.url).content.decode()


def test_the_calendars_city_filter_follows_the_content(client, polish):
    calendar = in_locale(EventIndexPage, "pl")
    warm(client, [calendar.url])
    event = EventPage.objects.filter(locale=polish).first()
    event.city = "Hammerfest"
    event.save_revision().publish()
    assert '<option value="Hammerfest">' in client.get(calendar.url).content.decode()


def test_unpublishing_removes_the_page_from_every_listing(client):
    url = news().url
    urls = [url, *listings("pl"), news("nb").url, *listings("nb")]
    warm(client, urls)
    title = news().title
    news().unpublish()
    assert client.get(url).status_code == 404
    assert client.get(news("nb").url).status_code == 404
    for listing in listings("pl") + listings("nb"):
        assert title not in client.get(listing).content.decode(), listing


def test_moving_updates_old_and_new_places(client):
    old_parent = news().get_parent().specific
    new_parent = in_locale(ProgrammePage, "pl", slug="cwd-plus")
    old_url = news().url
    warm(client, [old_url, old_parent.url, new_parent.url, *listings("pl")])
    title = news().title
    news().move(new_parent, pos="last-child")
    old = client.get(old_url)
    assert (old.status_code, old.get("Location")) == (301, news().url)  # Wagtail's automatic redirect
    assert client.get(news().url).status_code == 200
    assert title not in client.get(old_parent.url).content.decode()
    assert title in client.get(new_parent.url).content.decode()


def test_deleting_removes_the_page_everywhere(client):
    url, urls = news().url, listings("pl")
    warm(client, [url, *urls])
    title = news().title
    news().delete()
    assert client.get(url).status_code == 404
    for listing in urls:
        assert title not in client.get(listing).content.decode(), listing


def test_translating_replaces_the_polish_fallback(client, translate_page):
    norwegian = Locale.objects.get(language_code="nb")
    alias_url = news("nb").url
    warm(client, [alias_url, *listings("nb")])
    title = "Digital by i Zabrze"
    translated = translate_page(news(), norwegian, {**texts_for("nb"), news().title: title})
    assert translated.url.endswith("/digital-by-i-zabrze/")  # the address follows the translated title
    assert title in client.get(translated.url).content.decode()
    assert client.get(alias_url).url == translated.url  # and the alias's address leads there
    for listing in listings("nb"):
        assert title in client.get(listing).content.decode(), listing


def test_a_new_event_shows_in_its_calendar_month(client):
    calendar = in_locale(EventIndexPage, "pl")
    month_url = calendar.url + "?month=2022-10"
    warm(client, [month_url, calendar.url + "ics/"])
    event = EventPage.objects.filter(locale__language_code="pl").first()
    event.title = "Spotkanie przeniesione"
    event.save_revision().publish()
    assert "Spotkanie przeniesione" in client.get(month_url).content.decode()
    assert "Spotkanie przeniesione" in client.get(calendar.url + "ics/").content.decode()


def test_a_new_event_shows_in_the_month_widget_of_the_home_page(client, polish):
    home = in_locale(HomePage, "pl")
    today = timezone.localdate()
    day_link = f"day={today:%Y-%m-%d}"
    EventPage.objects.filter(locale=polish, start_date__lte=today, end_date__gte=today).delete()
    warm(client, [home.url])
    assert day_link not in client.get(home.url).content.decode()
    calendar = in_locale(EventIndexPage, "pl")
    calendar.add_child(instance=EventPageFactory.build(start_date=today, end_date=today, locale=polish))
    calendar.get_children().last().specific.save_revision().publish()
    assert day_link in client.get(home.url).content.decode()


def site_queries(client, url):
    with CaptureQueriesContext(connection) as context:
        assert client.get(url).status_code == 200
    return [query for query in context.captured_queries if '"wagtailcore_site"' in query["sql"]]


def test_the_site_and_its_home_page_are_kept_until_they_change(client, settings):
    """caching.sites: looked up once, renewed by a change to the site or to the home page."""
    settings.PAGE_CACHE_ENABLED = False  # every request rendered
    home = in_locale(HomePage, "pl")
    site_queries(client, home.url)
    assert site_queries(client, home.url) == []
    home.title = "Strona główna po zmianie"
    home.save_revision().publish()
    assert "Strona główna po zmianie" in client.get(home.url).content.decode()
    site = Site.objects.get(is_default_site=True)
    site.site_name = "Miasta po zmianie"
    site.save()
    assert site_queries(client, home.url)


@pytest.mark.parametrize("language_code", ["pl", "en", "nb"])
def test_routing_starts_from_the_home_page_of_the_language_without_a_query(client, settings, language_code):
    """Wagtail routes from the site's home page .localized: the active locale and the translation,
    two queries a request; caching.sites keeps the home page with its live translations."""
    settings.PAGE_CACHE_ENABLED = False  # every request rendered
    home = in_locale(HomePage, language_code)
    client.get(home.url)
    with CaptureQueriesContext(connection) as context:
        response = client.get(home.url)
    assert response.context["page"] == home
    queries = [query["sql"] for query in context.captured_queries]
    assert not [sql for sql in queries if '"wagtailcore_locale"."language_code" =' in sql]
    # Looking up one page's translation: a given translation key in a given locale.
    translation_in_locale = re.compile(r'"translation_key" = \'?[0-9a-f-]{32,36}.*"wagtailcore_page"."locale_id" = \d')
    assert not [sql for sql in queries if translation_in_locale.search(sql)]


@pytest.mark.parametrize("language_code", ["pl", "en", "nb", "de"])
def test_the_kept_home_page_gives_the_translation_wagtail_would(rf, language_code):
    site, _root_paths = site_with_home_page(rf.get("/"))
    with translation.override(language_code):
        assert site.root_page.localized == TranslatableMixin.localized.fget(in_locale(HomePage, "pl"))


def test_the_root_paths_of_the_sites_are_kept_with_the_site(client, settings):
    """Wagtail builds every page URL from the sites' root paths, with a cache lookup of its own per
    request; caching.sites keeps them with the site, and a change to a site renews them."""
    settings.PAGE_CACHE_ENABLED = False  # every request rendered
    index = in_locale(NewsIndexPage, "pl")
    item = news()
    index_url, link = index.url, f'href="{item.url}"'
    client.get(index_url)
    with mock.patch.object(Site, "get_site_root_paths", wraps=Site.get_site_root_paths) as lookup:
        assert link in client.get(index_url).content.decode()
        assert lookup.call_count == 0
        site = Site.objects.get(is_default_site=True)
        site.site_name = "Miasta po zmianie"
        site.save()
        assert link in client.get(index_url).content.decode()
        assert lookup.call_count == 1


def test_links_to_the_index_pages_follow_them(client, settings):
    """The news index and the calendar, which the programme pages and the month widget link to, are
    kept in the cache (core.index_pages) until they change."""
    settings.PAGE_CACHE_ENABLED = False  # every request rendered: the index pages come from the facts
    programme = in_locale(ProgrammePage, "pl", slug="smup")
    client.get(programme.url)
    for model, slug in ((NewsIndexPage, "wiadomosci"), (EventIndexPage, "wydarzenia")):
        index = in_locale(model, "pl")
        index.slug = slug
        index.save_revision().publish()
        assert f'href="/pl/{slug}/?programme={programme.pk}' in client.get(programme.url).content.decode()
    assert 'href="/pl/wydarzenia/?month=' in client.get("/pl/").content.decode()


def test_the_footer_notice_is_updated_on_every_page(client):
    urls = ["/pl/", in_locale(DocumentIndexPage, "pl").url]
    warm(client, urls)
    notice = DataProtectionNotice.objects.get(locale__language_code="pl", purpose="newsletter")
    notice.consent_text = "Nowa treść zgody na newsletter."
    notice.save()
    for url in urls:
        assert "Nowa treść zgody na newsletter." in client.get(url).content.decode()


def test_an_unrelated_page_stays_cached(client):
    other = in_locale(NewsPage, "pl", slug="nowy-cykl-szkolen-smup")
    warm(client, [other.url])
    source = news()
    source.title = "Zmiana gdzie indziej"
    source.save_revision().publish()
    assert client.get(other.url)["X-Page-Cache"] == "hit"


def test_a_view_restriction_hides_the_page_from_every_listing_at_once(client):
    network = news().get_parent().specific
    urls = listings("pl")[:2] + [network.url, "/pl/szukaj/?q=Zabrze", "/sitemap-pl.xml"]
    for url in urls:
        assert news().title in client.get(url).content.decode() or news().url in client.get(url).content.decode()
    PageViewRestriction.objects.create(page=network, restriction_type=PageViewRestriction.PASSWORD, password="x")
    for url in urls[:2] + urls[3:]:
        html = client.get(url).content.decode()
        assert news().title not in html and news().url not in html, url


def test_the_front_is_purged_by_the_keys_the_changed_pages_carry(
    client, settings, monkeypatch, django_capture_on_commit_callbacks
):
    """The keys a page carries to the front are the scopes of its generations, so a change purges in
    the front what it renews here: every page above, in every language (tests/front does it with Varnish)."""
    settings.FRONT_PURGE_URLS = ["http://front.invalid/"]
    sent = []
    monkeypatch.setattr(frontend, "send_purges", sent.append)
    shown = [news().url, *listings("pl"), news("nb").url, *listings("nb")]
    unrelated = in_locale(NewsPage, "pl", slug="nowy-cykl-szkolen-smup").url
    keys = {url: set(client.get(url)["Surrogate-Key"].split()) for url in [*shown, unrelated]}
    source = news()
    source.title = "Zmiana widoczna wszędzie"
    with django_capture_on_commit_callbacks(execute=True):
        source.save_revision().publish()
    purged = set().union(*sent)
    for url in shown:
        assert keys[url] & purged, url
    assert not keys[unrelated] & purged


def test_a_page_changed_while_it_was_rendered_is_kept_by_neither_cache(monkeypatch):
    """It may show what was there before, and the front's purge may have come before it reaches the front."""
    original_init = PageCacheMiddleware.__init__

    def changed_while_rendering(self, get_response):
        def render_then_change(request):
            response = get_response(request)
            generations.purge([request.path])  # an editor's change, committed while this was rendered
            return response

        original_init(self, render_then_change)

    monkeypatch.setattr(PageCacheMiddleware, "__init__", changed_while_rendering)
    response = Client().get(news().url)
    assert response["Cache-Control"] == "private, no-store" and "X-Page-Cache" not in response
