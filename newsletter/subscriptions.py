"""What a subscriber can do, from signing up to erasure; the views only translate requests into these."""

import uuid

from django.db import transaction
from django.utils import timezone

from core import outbox

from .emails import already_subscribed_message, confirmation_message
from .models import ConsentRecord, Subscriber

# Who sees a subscriber's message that the mail server kept refusing: the newsletter's editors.
SEEN_BY = "newsletter.send_newsletterissue"


def normalise(email):
    return email.strip().lower()


def send(message):
    """Queued with the change that caused it, for the worker (core.outbox)."""
    outbox.queue(message, seen_by=SEEN_BY)


@transaction.atomic
def sign_up(email, language, consent_version):
    """Every address, new or known, gets one e-mail and the same answer (the view evens out the time too)."""
    subscriber, created = Subscriber.objects.get_or_create(
        email=normalise(email), defaults={"language": language, "consent_version": consent_version}
    )
    if not created and subscriber.status == Subscriber.Status.CONFIRMED:
        send(already_subscribed_message(subscriber))
        return
    if not created:
        # Pending or unsubscribed: a fresh sign-up, with the text shown this time, under a new key so that
        # no link sent before (an old confirmation among them) confirms it.
        subscriber.key = uuid.uuid4()
        subscriber.status = Subscriber.Status.PENDING
        subscriber.language = language
        subscriber.consent_version = consent_version
        subscriber.signed_up_at = timezone.now()
        subscriber.save(update_fields=["key", "status", "language", "consent_version", "signed_up_at"])
    send(confirmation_message(subscriber))


class ConfirmationError(Exception):
    pass


@transaction.atomic
def confirm(key, email):
    """Confirms a sign-up or a corrected address; returns the subscriber."""
    subscriber = Subscriber.objects.select_for_update().filter(key=key).first()
    if subscriber is None:
        raise ConfirmationError("unknown subscriber")
    now = timezone.now()
    if email == subscriber.email and subscriber.status == Subscriber.Status.PENDING:
        subscriber.status = Subscriber.Status.CONFIRMED
        subscriber.confirmed_at = now
        subscriber.save(update_fields=["status", "confirmed_at"])
        record(
            subscriber,
            ConsentRecord.Action.GIVEN,
            ConsentRecord.Method.DOUBLE_OPT_IN,
            consent_version=subscriber.consent_version,
        )
    elif email and email == subscriber.new_email:
        if Subscriber.objects.filter(email=email).exists():
            raise ConfirmationError("address taken")
        subscriber.email, subscriber.new_email = email, ""
        subscriber.save(update_fields=["email", "new_email"])
        record(subscriber, ConsentRecord.Action.ADDRESS_CHANGED, ConsentRecord.Method.CONFIRMATION_LINK)
    elif not (email == subscriber.email and subscriber.status == Subscriber.Status.CONFIRMED):
        # A link from before an unsubscription, or for an address since replaced.
        raise ConfirmationError("link used up")
    return subscriber


def record(subscriber, action, method, consent_version=None):
    ConsentRecord.objects.create(
        subscriber=subscriber,
        action=action,
        method=method,
        consent_version=consent_version,
        language=subscriber.language,
    )


def unsubscribe(subscriber, method):
    """Withdraws consent. A sign-up never confirmed is simply forgotten: no consent was given."""
    if subscriber.status == Subscriber.Status.PENDING:
        forget_sign_up(subscriber)
    elif subscriber.status == Subscriber.Status.CONFIRMED:
        subscriber.status = Subscriber.Status.UNSUBSCRIBED
        subscriber.unsubscribed_at = timezone.now()
        subscriber.save(update_fields=["status", "unsubscribed_at"])
        record(subscriber, ConsentRecord.Action.WITHDRAWN, method)


@transaction.atomic
def request_address_change(subscriber, new_email):
    """The new address gets a confirmation link; the old one stays in use until it is clicked."""
    new_email = normalise(new_email)
    if new_email == subscriber.email:
        return
    subscriber.new_email = new_email
    subscriber.save(update_fields=["new_email"])
    send(confirmation_message(subscriber, email=new_email))


def set_paused(subscriber, paused):
    if subscriber.paused != paused:
        subscriber.paused = paused
        subscriber.save(update_fields=["paused"])
        action = ConsentRecord.Action.PAUSED if paused else ConsentRecord.Action.RESUMED
        record(subscriber, action, ConsentRecord.Method.SUBSCRIBER_PAGE)


def erase(subscriber):
    """Everything about the subscriber goes: consent records and deliveries with it."""
    subscriber.delete()


def forget_sign_up(subscriber):
    """An unconfirmed sign-up goes; one of an address that had confirmed before goes back to unsubscribed,
    with the history of its consent kept (a forged sign-up must not erase it)."""
    if subscriber.confirmed_at is None:
        subscriber.delete()
    else:
        subscriber.status = Subscriber.Status.UNSUBSCRIBED
        subscriber.save(update_fields=["status"])


def purge_pending(older_than):
    """Forgets sign-ups not confirmed in time, as forget_sign_up does; returns how many were deleted."""
    cutoff = timezone.now() - older_than
    stale = Subscriber.objects.filter(status=Subscriber.Status.PENDING, signed_up_at__lt=cutoff)
    deleted = 0
    for subscriber in stale:
        forget_sign_up(subscriber)
        deleted += subscriber.pk is None
    return deleted


def exported_data(subscriber):
    """Everything stored about the subscriber, as the JSON download gives it."""
    return {
        "email": subscriber.email,
        "new_email_waiting_for_confirmation": subscriber.new_email or None,
        "language": subscriber.language,
        "status": subscriber.status,
        "sending_paused": subscriber.paused,
        "signed_up_at": subscriber.signed_up_at.isoformat(),
        "confirmed_at": subscriber.confirmed_at and subscriber.confirmed_at.isoformat(),
        "unsubscribed_at": subscriber.unsubscribed_at and subscriber.unsubscribed_at.isoformat(),
        "consent_records": [
            {
                "action": entry.action,
                "at": entry.at.isoformat(),
                "language": entry.language,
                "method": entry.method,
                "consent_text": entry.consent_version and entry.consent_version.consent_text,
                "consent_text_sha256": entry.consent_version and entry.consent_version.sha256,
            }
            for entry in subscriber.consent_records.select_related("consent_version")
        ],
        "deliveries": [
            {"issue": delivery.issue.subject, "language": delivery.language, "sent_at": delivery.sent_at.isoformat()}
            for delivery in subscriber.deliveries.select_related("issue").order_by("sent_at")
        ],
    }
