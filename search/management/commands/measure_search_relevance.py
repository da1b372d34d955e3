"""Measures the relevance set with each analyser: how often the expected page is in the top three."""

from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.test import override_settings

from core.analysis import ANALYSERS
from search.relevance import FORGIVING_SET, RELEVANCE_SET
from search.relevance_report import relevance_rates

SETS = {"as written": RELEVANCE_SET, "misspelled or unfinished": FORGIVING_SET}


class Command(BaseCommand):
    help = "Reindex with each analyser and print how much of the relevance sets each finds in the top 3."

    def handle(self, *args, **options):
        for analyser in ANALYSERS:
            with override_settings(SEARCH_ANALYSER=analyser):
                call_command("update_index", verbosity=0)
                for name, queries in SETS.items():
                    self.report(f"{analyser}, {name}", *relevance_rates(queries))
        call_command("update_index", verbosity=0)

    def report(self, title, rates, misses):
        summary = ", ".join(f"{language} {found}/{asked}" for language, (found, asked) in rates.items())
        self.stdout.write(f"{title}: {summary}")
        for language, query, slug in misses:
            self.stdout.write(f"   missed [{language}] {query!r} -> {slug}")
