"""The daily run: reminders before events, exactly once per person, and the erasure of old personal data."""

import datetime

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from . import emails
from .models import PERSONAL_FIELDS, Registration
from .tokens import CONFIRMATION_VALID_FOR

REMINDER_DAYS = settings.REGISTRATION_REMINDER_DAYS
RETENTION_DAYS = settings.REGISTRATION_RETENTION_DAYS
Status = Registration.Status


def send_reminders(today=None):
    """Each confirmed registrant of an event starting in the next REMINDER_DAYS days gets one reminder.

    The mark is saved in the transaction that queues the message, on a row locked against a second run
    (which skips it): a rerun, even a concurrent one, sends nobody a second reminder. Returns how many were
    queued."""
    today = today or timezone.localdate()
    due = Registration.objects.filter(
        status=Status.CONFIRMED,
        reminded_at=None,
        event__start_date__gte=today,
        event__start_date__lte=today + datetime.timedelta(days=REMINDER_DAYS),
    )
    sent = 0
    for pk in due.values_list("pk", flat=True):
        with transaction.atomic():
            unsent = Registration.objects.select_for_update(skip_locked=True, of=("self",))
            registration = unsent.filter(pk=pk, reminded_at=None).select_related("event").first()
            if registration is None:
                continue
            emails.send(emails.reminder(registration))
            registration.reminded_at = timezone.now()
            registration.save(update_fields=["reminded_at"])
        sent += 1
    return sent


def erase_personal_data(today=None):
    """Empties the personal fields of sign-ups for events that ended RETENTION_DAYS ago; the rows, their
    statuses and dates stay for the counts. Returns how many were erased."""
    today = today or timezone.localdate()
    cutoff = today - datetime.timedelta(days=RETENTION_DAYS)
    expired = Registration.objects.filter(erased_at=None, event__end_date__lt=cutoff)
    return expired.update(erased_at=timezone.now(), **dict.fromkeys(PERSONAL_FIELDS, ""))


def forget_unconfirmed():
    """Sign-ups never confirmed within the life of their link: no consent was given, nothing is kept."""
    cutoff = timezone.now() - CONFIRMATION_VALID_FOR
    deleted, _by_model = Registration.objects.filter(status=Status.PENDING, signed_up_at__lt=cutoff).delete()
    return deleted
