"""The registrations app: sign-ups for events, from the form on the event page to the organisers' lists."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RegistrationsConfig(AppConfig):
    name = "registrations"
    verbose_name = _("Sign-ups for events")

    def ready(self):
        from . import signals  # noqa: F401  (connects its receivers)
