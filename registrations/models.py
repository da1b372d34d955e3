"""Sign-ups for events and the consent texts they were given under.

Stored about a registrant: what the event's form asked (name, address and the optional
fields), the language, the status and its dates, and the consent text agreed to. The
personal fields are emptied some time after the event (daily.py); the rest stays, so
the counts remain for statistics.
"""

import uuid

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

import home.models
from events.models import EventPage

# Emptied by the erasure; the rest of a registration is no one's personal data.
PERSONAL_FIELDS = ("name", "email", "institution", "position", "phone", "needs", "answer")


class ConsentVersion(home.models.ConsentVersion):
    class Meta(home.models.ConsentVersion.Meta):
        pass


class Registration(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", _("waiting for e-mail confirmation")
        CONFIRMED = "confirmed", _("place confirmed")
        WAITING = "waiting", _("on the waiting list")
        CANCELLED = "cancelled", _("cancelled")

    # The event's page in the language it was written in: its translations share the places.
    event = models.ForeignKey(
        EventPage, verbose_name=_("event"), on_delete=models.CASCADE, related_name="registrations"
    )
    # Identifies the registration in signed links; never shown on its own.
    key = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)
    status = models.CharField(_("status"), max_length=16, choices=Status.choices, default=Status.PENDING)
    name = models.CharField(_("name"), max_length=200)
    email = models.EmailField(_("e-mail address"))
    institution = models.CharField(_("institution"), max_length=200, blank=True)
    position = models.CharField(_("position"), max_length=200, blank=True)
    phone = models.CharField(_("phone"), max_length=32, blank=True)
    needs = models.TextField(_("accessibility or dietary needs"), blank=True)
    answer = models.TextField(_("answer to the organisers' question"), blank=True)
    consent_version = models.ForeignKey(
        ConsentVersion, verbose_name=_("consent text agreed to"), on_delete=models.PROTECT, related_name="+"
    )
    signed_up_at = models.DateTimeField(_("signed up at"), default=timezone.now)
    # The waiting list is served in the order of these.
    email_confirmed_at = models.DateTimeField(_("e-mail confirmed at"), null=True, blank=True)
    cancelled_at = models.DateTimeField(_("cancelled at"), null=True, blank=True)
    reminded_at = models.DateTimeField(_("reminder sent at"), null=True, blank=True)
    erased_at = models.DateTimeField(_("personal data erased at"), null=True, blank=True)

    class Meta:
        verbose_name = _("sign-up")
        verbose_name_plural = _("sign-ups")
        ordering = ["event", "status", "email_confirmed_at", "pk"]
        indexes = [models.Index(fields=["event", "status", "email_confirmed_at"])]
        constraints = [
            # One sign-up per address and event at a time, however many forms arrive at once.
            models.UniqueConstraint(
                fields=["event", "email"],
                condition=~Q(status="cancelled") & ~Q(email=""),
                name="one_sign_up_per_address_and_event",
            )
        ]

    def __str__(self):
        return self.name or str(_("(erased)"))

    def waiting_position(self):
        """1 for the first on the waiting list, which is served in the order of email_confirmed_at, then pk."""
        at = self.email_confirmed_at
        ahead = Q(email_confirmed_at__lt=at) | Q(email_confirmed_at=at, pk__lte=self.pk)
        return Registration.objects.filter(ahead, event_id=self.event_id, status=self.Status.WAITING).count()
