"""Adds the scale content (thousands of news, documents and events) once, for benchmarks."""

import time

from django.core.management.base import BaseCommand

from demo.scale import ScaleContent


class Command(BaseCommand):
    help = (
        "Adds scale content for benchmarks on top of the demo content: news, position documents with PDF text and "
        "events across the programmes, a fifth of them translated into en and nb. "
        "A second run adds only what is missing."
    )

    def add_arguments(self, parser):
        parser.add_argument("--news", type=int, default=10_000)
        parser.add_argument("--documents", type=int, default=2_000)
        parser.add_argument("--events", type=int, default=1_000)

    def handle(self, news, documents, events, **options):
        started = time.monotonic()
        created = ScaleContent(self.stdout if options["verbosity"] else None).load(news, documents, events)
        self.stdout.write(f"Scale content: {created} pages added in {time.monotonic() - started:.0f} s.")
