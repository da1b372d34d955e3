"""The documents app: position documents, their PDFs' text for search, and checked uploads."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DocumentsConfig(AppConfig):
    name = "documents"
    verbose_name = _("Position documents")

    def ready(self):
        from . import signals  # noqa: F401  (connects its receivers)
