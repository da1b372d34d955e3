"""The invalidation app: what each change renews in the page cache and the front, by page type."""

from django.apps import AppConfig


class InvalidationConfig(AppConfig):
    name = "invalidation"
    verbose_name = "Invalidation"

    def ready(self):
        from . import signals  # noqa: F401  (connects the invalidation to Wagtail's signals)
