"""Signing up, reading the links out of captured e-mails, and subscribers in every state."""

import re

from django.core import mail
from django.utils import translation

from newsletter.consent import notice_for
from newsletter.emails import subscriber_links
from newsletter.models import ConsentVersion, Subscriber

SIGN_UP_URL = {"pl": "/pl/newsletter/", "nb": "/nb/nyhetsbrev/", "en": "/en/newsletter/"}
LINK = re.compile(r"http://testserver(/\S+/)")


def sign_up(client, email, language="pl", meta=None, **fields):
    """The footer form, submitted; meta sets request headers such as REMOTE_ADDR."""
    with translation.override(language):
        digest = ConsentVersion.digest_of(notice_for(language))
    data = {"email": email, "consent": "on", "consent_version": digest, **fields}
    return client.post(SIGN_UP_URL[language], data, **(meta or {}))


def links_in(message):
    """The site's links in a message's plain text, by the name of the view they lead to."""
    links = {}
    for path in LINK.findall(message.body):
        kind = path.strip("/").split("/")[-2]  # .../<kind>/<token>/
        links.setdefault(kind, path)
    return links


def last_mail_to(address):
    return [message for message in mail.outbox if message.to == [address]][-1]


def subscriber(email, status=Subscriber.Status.CONFIRMED, language="pl", **fields):
    notice = notice_for(language)
    return Subscriber.objects.create(
        email=email, status=status, language=language, consent_version=ConsentVersion.shown(notice), **fields
    )


def manage_path(reader):
    """The subscriber's own page, as the link in every e-mail gives it."""
    return subscriber_links(reader)["manage_url"].removeprefix("http://testserver")
