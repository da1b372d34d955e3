"""The twofactor app: TOTP sign-in for the admin on django-otp, as a second step after Wagtail's own sign-in."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TwoFactorConfig(AppConfig):
    name = "twofactor"
    verbose_name = _("Two-step verification")
