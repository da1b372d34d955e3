"""Every e-mail to a registrant: in their language, with the event as they read it and a way to cancel.

Each message links the registrant's own page, where one button cancels the sign-up. A
confirmed place comes with the event as an .ics file for their calendar.
"""

from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from wagtail.models import Locale

from core import outbox
from core.addresses import absolute_url
from events.ical import calendar_file

from .tokens import confirmation_token, own_token

# Who sees a registrant's message that the mail server kept refusing: the organisers.
SEEN_BY = "registrations.view_registration"


def event_in_language(registration):
    """The event in the registrant's language where it is published, else the page they signed up for."""
    event = registration.event
    locale = Locale.objects.filter(language_code=registration.language).first()
    translated = locale and event.get_translation_or_none(locale)
    return translated.specific if translated and translated.live else event


def own_url(registration):
    with translation.override(registration.language):
        return absolute_url(reverse("registrations:registration", args=[own_token(registration)]))


def build(registration, template, subject, *, calendar=False, **context):
    """The message from templates/registrations/email/<template>.txt, in the registrant's language; subject
    is a lazy msgid with an {event} in it."""
    with translation.override(registration.language):
        event = event_in_language(registration)
        context = {
            "registration": registration,
            "event": event,
            "event_url": absolute_url(event.get_url()),
            "own_url": own_url(registration),
            **context,
        }
        message = EmailMessage(
            subject=str(subject).format(event=event.title),
            body=render_to_string(f"registrations/email/{template}.txt", context),
            to=[registration.email],
            headers={"Content-Language": registration.language},
        )
        if calendar:
            message.attach(f"{event.slug}.ics", calendar_file([event], event.title), "text/calendar")
    return message


def confirmation(registration):
    with translation.override(registration.language):
        confirm_url = absolute_url(reverse("registrations:confirm", args=[confirmation_token(registration)]))
    return build(registration, "confirm", _("Please confirm your sign-up: {event}"), confirm_url=confirm_url)


def already_signed_up(registration):
    position = registration.status == registration.Status.WAITING and registration.waiting_position()
    return build(registration, "already_signed_up", _("You are already signed up: {event}"), position=position)


def placed(registration):
    return build(registration, "placed", _("Your place is confirmed: {event}"), calendar=True)


def waiting(registration):
    position = registration.waiting_position()
    return build(registration, "waiting", _("You are on the waiting list: {event}"), position=position)


def promoted(registration):
    return build(registration, "promoted", _("A place has become free for you: {event}"), calendar=True)


def reminder(registration):
    return build(registration, "reminder", _("Reminder: {event}"), calendar=True)


def send(message):
    """Queued with the change that caused it, for the worker (core.outbox)."""
    outbox.queue(message, seen_by=SEEN_BY)
