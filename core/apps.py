"""The core app: the ground every page type stands on (page bases, blocks, listings, languages, search text)."""

from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = "Core"

    def ready(self):
        from . import task_results  # noqa: F401  (its signal receiver)
        from .spreadsheets import export_csv_as_text

        export_csv_as_text()
