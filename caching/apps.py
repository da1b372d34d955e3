"""The caching app: the page cache and the fragments kept beside it, which know no page type."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CachingConfig(AppConfig):
    name = "caching"
    verbose_name = _("Page cache")
