"""The two steps' addresses in the admin, and "Two-step verification" in each user's account."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks

from . import views


@hooks.register("register_admin_urls")
def register_second_factor_urls():
    return [
        path("two-step/verify/", views.verify, name="twofactor_verify"),
        path("two-step/enrol/", views.enrol, name="twofactor_enrol"),
    ]


@hooks.register("register_account_menu_item")
def two_step_verification_in_the_account(request):
    return {
        "url": reverse("twofactor_enrol"),
        "label": _("Two-step verification"),
        "help_text": _("Sign in with a code from an authenticator app as well as your password."),
    }
