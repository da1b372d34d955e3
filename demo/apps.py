"""The demo app: the seed page's content in three languages, the scale content, and the search benchmark."""

from django.apps import AppConfig


class DemoConfig(AppConfig):
    name = "demo"
    verbose_name = "Demo content"
