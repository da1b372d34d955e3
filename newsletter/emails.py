"""Every e-mail the newsletter sends: in the subscriber's language, HTML and plain text, with a way out.

Each message carries the subscriber's own unsubscribe link in its text and in the
List-Unsubscribe headers, which mail programs turn into a one-click button (RFC 8058).
"""

from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

from core.addresses import absolute_url

from .tokens import confirmation_token, manage_token


def subscriber_links(subscriber):
    """The subscriber's own page and the way out, in the subscriber's language."""
    token = manage_token(subscriber)
    with translation.override(subscriber.language):
        return {
            "manage_url": absolute_url(reverse("newsletter:manage", args=[token])),
            "unsubscribe_url": absolute_url(reverse("newsletter:unsubscribe", args=[token])),
        }


def build_message(subscriber, template, subject, to=None, connection=None, **context):
    """The message from templates/newsletter/email/<template>.txt and .html, in the subscriber's language."""
    with translation.override(subscriber.language):
        context = {"subscriber": subscriber, **subscriber_links(subscriber), **context}
        message = EmailMultiAlternatives(
            subject=str(subject),
            body=render_to_string(f"newsletter/email/{template}.txt", context),
            to=[to or subscriber.email],
            connection=connection,
            headers={
                "List-Unsubscribe": f"<{context['unsubscribe_url']}>",
                "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
                "Content-Language": subscriber.language,
            },
        )
        message.attach_alternative(render_to_string(f"newsletter/email/{template}.html", context), "text/html")
    return message


def confirmation_message(subscriber, email=None):
    """Asks the owner of `email` (the address signed up, or a corrected one) to confirm it."""
    email = email or subscriber.email
    with translation.override(subscriber.language):
        path = reverse("newsletter:confirm", args=[confirmation_token(subscriber, email)])
        subject = gettext("Please confirm your newsletter subscription")
    return build_message(subscriber, "confirm", subject, to=email, confirm_url=absolute_url(path))


def already_subscribed_message(subscriber):
    with translation.override(subscriber.language):
        subject = gettext("You are already subscribed to our newsletter")
    return build_message(subscriber, "already_subscribed", subject)


def issue_message(subscriber, issue, connection=None):
    return build_message(subscriber, "issue", issue.subject, connection=connection, issue=issue)
