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
SUGGESTION_PATHS = {"pl": "/pl/szukaj/podpowiedzi/", "en": "/en/search/suggestions/", "nb": "/nb/sok/forslag/"}


class Command(BaseCommand):
    help = "Time whole search requests over the relevance set's queries and print p50/p95 latency."

    def add_arguments(self, parser):
        parser.add_argument("--rounds", type=int, default=5)

    @override_settings(PAGE_CACHE_ENABLED=False)  # each search rendered, never a cached page
    def handle(self, *args, rounds, **options):
        warm_up()  # as the production web process does (config/wsgi.py)
        client = Client(HTTP_HOST="localhost")
        pages = Page.objects.count()
        # What a visitor has typed of each query when suggestions are asked for: its first four letters.
        typing = [(language_code, query[:4], slug) for language_code, query, slug in RELEVANCE_SET]
        for name, queries, paths in (
            ("as written", RELEVANCE_SET, SEARCH_PATHS),
            ("misspelled or unfinished", FORGIVING_SET, SEARCH_PATHS),
            ("suggestions", typing, SUGGESTION_PATHS),
        ):
            timings = timed_searches(client, queries, paths, rounds)
            quantiles = statistics.quantiles(timings, n=100)
            self.stdout.write(
                f"{len(timings)} requests, {name}, over {pages} pages: "
                f"p50 {quantiles[49]:.1f} ms, p95 {quantiles[94]:.1f} ms, max {max(timings):.1f} ms"
            )


def timed_searches(client, queries, paths, rounds):
    """Milliseconds of each search. A first round unmeasured, as make bench warms each page up before it
    loads it with wrk: the database's buffers, the analysis's memo and the vocabulary fill as they would
    in a serving process."""
    timings = []
    for round_ in range(rounds + 1):
        for language_code, query, _slug in queries:
            started = time.perf_counter()
            response = client.get(paths[language_code], {"q": query})
            if round_:
                timings.append((time.perf_counter() - started) * 1000)
            assert response.status_code == 200, (query, response.status_code)
    return timings
