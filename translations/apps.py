"""The translations app: guards around wagtail-localize, tree synchronisation and the translators' to-do list."""

from django.apps import AppConfig


class TranslationsConfig(AppConfig):
    name = "translations"
    verbose_name = "Translations"

    def ready(self):
        from . import slugs, sync  # noqa: F401  (connect their signal receivers)
