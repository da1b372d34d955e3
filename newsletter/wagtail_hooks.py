"""The newsletter in the admin: issues, subscribers and consent texts, seen by the Newsletter group only."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import ListingButton
from wagtail.snippets.views.snippets import SnippetViewSet

import home.consent_admin

from .admin_views import SEND_PERMISSION, SendIssueView
from .models import ConsentVersion, NewsletterIssue, Subscriber


class SubscriberViewSet(ModelViewSet):
    """Seen by the Newsletter group only; they may look and erase, never add or edit (that needs consent)."""

    model = Subscriber
    url_prefix = "newsletter/subscribers"
    icon = "user"
    menu_label = _("Subscribers")
    list_display = ["email", "language", "status", "paused", "signed_up_at", "confirmed_at"]
    list_filter = ["status", "language", "paused"]
    search_fields = ["email"]
    list_export = ["email", "language", "status", "paused", "confirmed_at"]
    export_filename = "newsletter-subscribers"
    inspect_view_enabled = True
    copy_view_enabled = False
    form_fields = ["paused"]


class ConsentVersionViewSet(home.consent_admin.ConsentVersionViewSet):
    """Every wording of the consent a subscriber has agreed to, unchanged."""

    model = ConsentVersion
    url_prefix = "newsletter/consent-texts"


class NewsletterIssueViewSet(SnippetViewSet):
    model = NewsletterIssue
    icon = "mail"
    menu_label = _("Issues")
    list_display = ["subject", "created_at"]


class NewsletterViewSetGroup(ViewSetGroup):
    menu_label = _("Newsletter")
    menu_icon = "mail"
    menu_order = 250
    items = (NewsletterIssueViewSet, SubscriberViewSet, ConsentVersionViewSet)


@hooks.register("register_admin_viewset")
def register_newsletter_viewsets():
    return NewsletterViewSetGroup()


@hooks.register("register_admin_urls")
def register_send_issue_url():
    return [path("newsletter/issues/<int:pk>/send/", SendIssueView.as_view(), name="newsletter_send_issue")]


@hooks.register("register_snippet_listing_buttons")
def send_issue_button(snippet, user, next_url=None):
    if isinstance(snippet, NewsletterIssue) and user.has_perm(SEND_PERMISSION):
        yield ListingButton(
            _("Send"), reverse("newsletter_send_issue", args=[snippet.pk]), icon_name="mail", priority=5
        )
