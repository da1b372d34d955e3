"""Subscribers, the consent they gave (and to which text), newsletter issues and who got them.

Stored about a subscriber: the address, the language, the status and its dates, the
consent records and the deliveries. No name, no IP address: the notice promises
nothing more, and the newsletter needs nothing more.
"""

import uuid

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import TranslatableMixin

import home.models
from core.blocks import RICH_TEXT_FEATURES


class ConsentVersion(home.models.ConsentVersion):
    class Meta(home.models.ConsentVersion.Meta):
        pass


class Subscriber(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", _("waiting for confirmation")
        CONFIRMED = "confirmed", _("confirmed")
        UNSUBSCRIBED = "unsubscribed", _("unsubscribed")

    email = models.EmailField(_("e-mail address"), unique=True)
    # A corrected address waits here until its owner confirms it.
    new_email = models.EmailField(_("new address waiting for confirmation"), blank=True)
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)
    status = models.CharField(_("status"), max_length=16, choices=Status.choices, default=Status.PENDING)
    paused = models.BooleanField(_("sending paused"), default=False)
    # Identifies the subscriber in signed links; never shown on its own.
    key = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    consent_version = models.ForeignKey(
        ConsentVersion, verbose_name=_("consent text shown"), on_delete=models.PROTECT, related_name="+"
    )
    signed_up_at = models.DateTimeField(_("signed up at"), default=timezone.now, db_index=True)
    confirmed_at = models.DateTimeField(_("confirmed at"), null=True, blank=True)
    unsubscribed_at = models.DateTimeField(_("unsubscribed at"), null=True, blank=True)

    class Meta:
        verbose_name = _("subscriber")
        verbose_name_plural = _("subscribers")
        ordering = ["-signed_up_at"]
        indexes = [models.Index(fields=["status", "language"])]

    def __str__(self):
        return self.email

    @property
    def receives_issues(self):
        return self.status == self.Status.CONFIRMED and not self.paused


class ConsentRecord(models.Model):
    """Proof of consent and of its withdrawal: what happened, when, to which text, in which language, how."""

    class Action(models.TextChoices):
        GIVEN = "given", _("consent given")
        WITHDRAWN = "withdrawn", _("consent withdrawn")
        ADDRESS_CHANGED = "address_changed", _("address corrected")
        PAUSED = "paused", _("sending paused")
        RESUMED = "resumed", _("sending resumed")

    class Method(models.TextChoices):
        DOUBLE_OPT_IN = "double_opt_in", _("web form, confirmed by a link sent by e-mail (double opt-in)")
        CONFIRMATION_LINK = "confirmation_link", _("confirmation link sent to the new address")
        ONE_CLICK = "one_click", _("one-click unsubscribe in the mail program (RFC 8058)")
        UNSUBSCRIBE_LINK = "unsubscribe_link", _("unsubscribe link in an e-mail")
        SUBSCRIBER_PAGE = "subscriber_page", _("the subscriber's own page")

    subscriber = models.ForeignKey(Subscriber, on_delete=models.CASCADE, related_name="consent_records")
    action = models.CharField(_("action"), max_length=16, choices=Action.choices)
    at = models.DateTimeField(_("when"), default=timezone.now)
    consent_version = models.ForeignKey(
        ConsentVersion, verbose_name=_("consent text"), on_delete=models.PROTECT, null=True, blank=True
    )
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)
    method = models.CharField(_("how"), max_length=32, choices=Method.choices)

    class Meta:
        verbose_name = _("consent record")
        verbose_name_plural = _("consent records")
        ordering = ["at", "pk"]

    def __str__(self):
        return f"{self.get_action_display()} {self.at:%Y-%m-%d %H:%M}"


class NewsletterIssue(TranslatableMixin, models.Model):
    """One newsletter, written in Polish and translated like a page; each subscriber gets its language."""

    subject = models.CharField(_("subject"), max_length=200)
    body = RichTextField(_("body"), features=RICH_TEXT_FEATURES)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    # Why the last sending stopped (the mail server refused a batch MAIL_ATTEMPTS times); empty while all is well.
    sending_problem = models.TextField(_("sending problem"), blank=True, editable=False)

    panels = [FieldPanel("subject"), FieldPanel("body")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("newsletter issue")
        verbose_name_plural = _("newsletter issues")
        permissions = [("send_newsletterissue", _("Can send newsletter issues"))]

    def __str__(self):
        return self.subject


class Delivery(models.Model):
    """One issue sent to one subscriber: written before sending, so a rerun never sends it again."""

    issue = models.ForeignKey(NewsletterIssue, on_delete=models.CASCADE, related_name="deliveries")
    subscriber = models.ForeignKey(Subscriber, on_delete=models.CASCADE, related_name="deliveries")
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)
    sent_at = models.DateTimeField(_("sent at"), default=timezone.now)

    class Meta:
        verbose_name = _("delivery")
        verbose_name_plural = _("deliveries")
        constraints = [models.UniqueConstraint(fields=["issue", "subscriber"], name="one_delivery_per_subscriber")]

    def __str__(self):
        return f"{self.issue} → {self.subscriber_id}"
