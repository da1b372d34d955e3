"""The newsletter app: sign-up with double opt-in, proof of consent, the subscriber's rights, sending."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NewsletterConfig(AppConfig):
    name = "newsletter"
    verbose_name = _("Newsletter")

    def ready(self):
        from . import signals  # noqa: F401  (connects its receivers)
