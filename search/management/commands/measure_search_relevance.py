"""Measures the relevance set with each analyser: how often the expected page is in the top three."""

from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.test import override_settings

from core.analysis import ANALYSERS
from search.relevance_report import relevance_rates


class Command(BaseCommand):
    help = "Reindex with each analyser and print how much of the relevance set each finds in the top 3."

    def handle(self, *args, **options):
        for analyser in ANALYSERS:
            with override_settings(SEARCH_ANALYSER=analyser):
                call_command("update_index", verbosity=0)
                rates, misses = relevance_rates()
            summary = ", ".join(f"{language} {found}/{asked}" for language, (found, asked) in rates.items())
            self.stdout.write(f"{analyser}: {summary}")
            for language, query, slug in misses:
                self.stdout.write(f"   missed [{language}] {query!r} -> {slug}")
        call_command("update_index", verbosity=0)
