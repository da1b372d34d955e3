"""The translations app: guards around wagtail-localize and the translators' tools."""

from django.apps import AppConfig


class TranslationsConfig(AppConfig):
    name = "translations"
    verbose_name = "Translations"
