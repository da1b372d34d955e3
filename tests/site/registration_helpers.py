"""Sign-ups as a visitor makes them: the event page's form posted, the links read out of the e-mails."""

import re

from django.core import mail
from django.urls import reverse
from django.utils import translation

from events.models import EventPage
from home.models import DataProtectionNotice
from registrations.models import ConsentVersion

TRAINING = "szkolenie-smup-modul-1"
LINK = re.compile(r"http://testserver(/\S+/)")


def training(language="pl", slug=TRAINING):
    """The demo's first SMUP training, in a language (its Polish page holds the places)."""
    polish = EventPage.objects.get(slug=slug, locale__language_code="pl")
    return (
        polish
        if language == "pl"
        else EventPage.objects.get(translation_key=polish.translation_key, locale__language_code=language)
    )


def sign_up(client, email, language="pl", event=None, meta=None, **fields):
    """The event page's form, submitted; meta sets request headers such as REMOTE_ADDR."""
    event = event or training(language)
    notice = DataProtectionNotice.for_language(DataProtectionNotice.Purpose.SIGN_UPS, language)
    data = {
        "name": "Anna Nowak",
        "email": email,
        "consent": "on",
        "consent_version": ConsentVersion.digest_of(notice),
        **fields,
    }
    with translation.override(language):
        url = reverse("registrations:sign_up", args=[event.pk])
    return client.post(url, data, **(meta or {}))


def links_in(message):
    """The site's links in a message, by the name of the view they lead to: confirm, mine."""
    return {path.strip("/").split("/")[-2]: path for path in LINK.findall(message.body)}


def last_mail_to(address):
    return [message for message in mail.outbox if message.to == [address]][-1]


def signed_up_and_confirmed(client, email, language="pl", **fields):
    sign_up(client, email, language, **fields)
    return client.post(links_in(last_mail_to(email))["confirm"])
