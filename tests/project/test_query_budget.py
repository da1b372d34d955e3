"""Each page type renders in a bounded number of queries that does not grow with the content."""

import pytest

from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.models import Locale

from events.models import EventPage
from news.models import NewsPage
from tests.content.test_pages import PAGE_TYPES, page_in

pytestmark = pytest.mark.django_db

# Queries of an uncached, anonymous render (the menu, the footer, the month widget, the listings' year
# choices and counts, the site and its home page in every language come from the cache). Three are the
# frame every page shares: one query for the route below the home page, the specific page, and its
# ancestors and language versions together (view restrictions cost none while no restriction can apply).
# The programme page shows three listings, its networks, its partners and funders and their logos'
# renditions (two queries each, however many logos): it has a budget of its own.
QUERY_BUDGET = 8
PROGRAMME_PAGE_BUDGET = 13
# A search: locales, the candidates (on PostgreSQL the best index entries, then which of their pages
# may be shown), their aliases, the pages found with their ranking texts, the pages shown of each type
# among them, PDF texts, the query's statistics (a read and a write) and the editors' picks.
SEARCH_BUDGET = 14
SEARCHES = ["szkolenia", "wizyta studyjna", "planowanie przestrzenne", "Tarnów"]


@pytest.fixture(autouse=True)
def uncached(settings):
    """What a render costs when the page cache misses (a cached page costs none: tests/test_page_cache.py)."""
    settings.PAGE_CACHE_ENABLED = False


def queries_to_render(client, url):
    client.get(url)  # first render creates image renditions; they are not part of the steady state
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200
    return len(context.captured_queries)


def queries_per_page_type(client):
    return {model.__name__: queries_to_render(client, page_in(model, "pl").url) for model in PAGE_TYPES}


def queries_per_search(client):
    return {query: queries_to_render(client, f"/pl/szukaj/?q={query}") for query in SEARCHES}


def test_every_page_type_stays_within_the_budget(client):
    counts = queries_per_page_type(client)
    print("queries per page type:", counts)
    assert counts.pop("ProgrammePage") <= PROGRAMME_PAGE_BUDGET
    assert max(counts.values()) <= QUERY_BUDGET, counts


@pytest.mark.parametrize("language_code", ["pl", "nb"])
def test_an_event_taking_sign_ups_stays_within_the_budget(client, language_code):
    """The form costs the notice, the event's page in Polish (which holds the places) and the places taken."""
    polish = EventPage.objects.get(slug="szkolenie-smup-modul-1", locale__language_code="pl")
    event = polish.get_translation(Locale.objects.get(language_code=language_code))
    assert queries_to_render(client, event.url) <= QUERY_BUDGET


def test_query_counts_do_not_grow_with_the_content(client):
    """The demo's 24 news items, then a thousand more (and documents and events), a fifth translated;
    searches that match a handful of pages, then hundreds."""
    before, searches_before = queries_per_page_type(client), queries_per_search(client)
    call_command("load_scale_content", news=1000, documents=100, events=100, verbosity=0)
    assert NewsPage.objects.filter(locale__language_code="pl").count() > 1000
    after, searches_after = queries_per_page_type(client), queries_per_search(client)
    assert after == before, {name: (before[name], after[name]) for name in before if before[name] != after[name]}
    # A search reads the candidates of each page type among them with a query: fewer or more types.
    assert max([*searches_before.values(), *searches_after.values()]) <= SEARCH_BUDGET, (
        searches_before,
        searches_after,
    )
