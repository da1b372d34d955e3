"""An event's places: when sign-ups are open, how many places are left, and every move of a sign-up.

A move that takes or frees a place locks the event's row first (SELECT … FOR UPDATE on
PostgreSQL), so confirmations arriving together are counted one after another: never
more confirmed sign-ups than places. Each move mails the registrants it concerns once
it is committed (core.outbox).
"""

import datetime

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone

from events.models import EventPage
from invalidation.policy import purge_page_alone

from . import emails
from .models import Registration

Status = Registration.Status


def source_event(page):
    """The event whose places a sign-up on page takes: the page in the site's first language, which its
    translations (and aliases) share."""
    if page.locale.language_code == settings.LANGUAGE_CODE:
        return page
    source = EventPage.objects.filter(
        translation_key=page.translation_key, locale__language_code=settings.LANGUAGE_CODE
    ).first()
    return source or page


def takes_sign_ups(event):
    return event.sign_up_places is not None


def last_sign_up_day(event):
    return event.registration_deadline or event.start_date


def sign_up_state(event, today=None):
    """'open', 'not_yet' (before sign_up_opens) or 'closed' (after the deadline, or the event's start)."""
    today = today or timezone.localdate()
    if event.sign_up_opens and today < event.sign_up_opens:
        return "not_yet"
    return "open" if today <= last_sign_up_day(event) else "closed"


def has_started(event):
    start = datetime.datetime.combine(event.start_date, event.start_time or datetime.time())
    return timezone.localtime() >= timezone.make_aware(start)


def confirmed_count(event):
    return Registration.objects.filter(event=event, status=Status.CONFIRMED).count()


def places_left(event):
    return max(0, event.sign_up_places - confirmed_count(event))


def active_sign_up(event, email):
    return Registration.objects.filter(event=event, email=email).exclude(status=Status.CANCELLED).first()


def sign_up(event, language, consent_version, fields):
    """A new pending sign-up, mailed a confirmation link; an address already signed up is mailed what it
    holds instead. Returns the registration and whether it is new."""
    email = fields["email"].strip().lower()
    with transaction.atomic():
        existing = active_sign_up(event, email)
        if existing is None:
            try:
                with transaction.atomic():
                    registration = Registration.objects.create(
                        event=event,
                        language=language,
                        consent_version=consent_version,
                        **{**fields, "email": email},
                    )
            except IntegrityError:  # the same address, in a form sent at the same moment
                existing = active_sign_up(event, email)
            else:
                emails.send(emails.confirmation(registration))
                return registration, True
        if existing.status == Status.PENDING:
            emails.send(emails.confirmation(existing))
        else:
            emails.send(emails.already_signed_up(existing))
    return existing, False


def locked_event(event_id):
    # Only the event's own row: Wagtail's page row stays free for editors.
    return EventPage.objects.select_for_update(of=("self",)).get(pk=event_id)


def locked_registration(key):
    return Registration.objects.select_for_update().select_related("event").filter(key=key).first()


@transaction.atomic
def confirm(key):
    """The e-mail confirmed: a place if one is left, else the waiting list. A second confirmation changes
    nothing. Returns the registration, or None for an unknown key."""
    registration = locked_registration(key)
    if registration is None or registration.status != Status.PENDING:
        return registration
    event = locked_event(registration.event_id)
    registration.email_confirmed_at = timezone.now()
    placed = confirmed_count(event) < event.sign_up_places
    registration.status = Status.CONFIRMED if placed else Status.WAITING
    registration.save(update_fields=["status", "email_confirmed_at"])
    places_changed(event)
    emails.send(emails.placed(registration) if placed else emails.waiting(registration))
    return registration


@transaction.atomic
def cancel(key):
    """Frees the registrant's place (for the first on the waiting list) or their turn on the list."""
    registration = locked_registration(key)
    if registration is None or registration.status == Status.CANCELLED:
        return registration
    event = locked_event(registration.event_id)
    was_confirmed = registration.status == Status.CONFIRMED
    registration.status = Status.CANCELLED
    registration.cancelled_at = timezone.now()
    registration.save(update_fields=["status", "cancelled_at"])
    if was_confirmed:
        places_changed(event)
        promote_waiting(event)
    return registration


def fill_free_places(page):
    """Places an editor added go to the waiting list at once."""
    with transaction.atomic():
        promote_waiting(locked_event(source_event(page).pk))


def promote_waiting(event):
    """Fills the free places from the waiting list, first come first served, and tells the promoted; call
    with the event locked."""
    free = event.sign_up_places - confirmed_count(event)
    waiting = Registration.objects.filter(event=event, status=Status.WAITING).order_by("email_confirmed_at", "pk")
    promoted = list(waiting[: max(0, free)])
    for registration in promoted:
        registration.status = Status.CONFIRMED
        registration.save(update_fields=["status"])
        emails.send(emails.promoted(registration))


def places_changed(event):
    """The event's page shows the places left (the caches forget it again after the commit)."""
    purge_page_alone(event)
