"""make bench-search: p50/p95 of whole search requests over the relevance sets' queries, those as
written and the misspelled or unfinished ones apart."""

import statistics
import time

from django.core.management.base import BaseCommand
from django.test import Client, override_settings

from wagtail.models import Page

from config.warmup import warm_up
from search.relevance import FORGIVING_SET, RELEVANCE_SET

SEARCH_PATHS = {"pl": "/pl/szukaj/", "en": "/en/search/", "nb": "/nb/sok/"}


class Command(BaseCommand):
    help = "Time whole search requests over the relevance set's queries and print p50/p95 latency."

    def add_arguments(self, parser):
        parser.add_argument("--rounds", type=int, default=5)

    @override_settings(PAGE_CACHE_ENABLED=False)  # each search rendered, never a cached page
    def handle(self, *args, rounds, **options):
        warm_up()  # as the production web process does (config/wsgi.py)
        client = Client(HTTP_HOST="localhost")
        pages = Page.objects.count()
        for name, queries in (("as written", RELEVANCE_SET), ("misspelled or unfinished", FORGIVING_SET)):
            timings = timed_searches(client, queries, rounds)
            quantiles = statistics.quantiles(timings, n=100)
            self.stdout.write(
                f"{len(timings)} searches {name} over {pages} pages: "
                f"p50 {quantiles[49]:.1f} ms, p95 {quantiles[94]:.1f} ms, max {max(timings):.1f} ms"
            )


def timed_searches(client, queries, rounds):
    """Milliseconds of each search. A first round unmeasured, as make bench warms each page up before it
    loads it with wrk: the database's buffers, the analysis's memo and the vocabulary fill as they would
    in a serving process."""
    timings = []
    for round_ in range(rounds + 1):
        for language_code, query, _slug in queries:
            started = time.perf_counter()
            response = client.get(SEARCH_PATHS[language_code], {"q": query})
            if round_:
                timings.append((time.perf_counter() - started) * 1000)
            assert response.status_code == 200, (query, response.status_code)
    return timings
