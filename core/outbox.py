"""E-mail leaves the request: a message is saved with the change that caused it and sent by the worker,
tried again with growing pauses while the mail server refuses it.

A slow or absent mail server no longer slows a visitor or loses their message. One that failed for good
stays listed in the admin for the people who answer for it, with a button to try again.
"""

import datetime
import logging

from django_tasks import task

from django.conf import settings
from django.core.mail import EmailMessage, EmailMultiAlternatives
from django.utils import timezone

from .mail import MAIL_ERRORS
from .models import QueuedMail

logger = logging.getLogger(__name__)


class MailNotSent(Exception):
    """The mail server refused a message MAIL_ATTEMPTS times: the task fails, for the admin's report."""


def queue(message, seen_by):
    """Saves the message and its task in the current transaction: with the queue in the database, both
    commit or roll back with the change that caused them. seen_by: the permission of those who see the
    message if it fails for good."""
    mail = QueuedMail.objects.create(
        recipient=", ".join(message.to),
        subject=message.subject[:998],
        content=as_data(message),
        seen_by=seen_by,
    )
    send_queued_mail.enqueue(mail.pk)
    return mail


@task()
def send_queued_mail(mail_id):
    """Sends a queued message, on the worker: a mail server that is slow or down delays it, not a visitor.

    The message is deleted once the server accepted it, so a task run again after the worker died finds
    nothing to send; only a worker killed between the server's acceptance and the deletion sends it twice."""
    mail = QueuedMail.objects.filter(pk=mail_id).first()
    if mail is None:
        return
    try:
        rebuilt(mail.content).send()
    except MAIL_ERRORS as error:
        refused(mail, error)
    else:
        mail.delete()


def try_again_later(task, attempts, *args):
    """Enqueues task(*args) again after its attempts-th refusal by the mail server: after MAIL_RETRY_SECONDS,
    doubled each time. False once MAIL_ATTEMPTS are used up, or where the backend runs tasks at once
    (development) and so cannot wait."""
    if attempts >= settings.MAIL_ATTEMPTS or not task.get_backend().supports_defer:
        return False
    pause = datetime.timedelta(seconds=settings.MAIL_RETRY_SECONDS * 2 ** (attempts - 1))
    task.using(run_after=timezone.now() + pause).enqueue(*args)
    logger.warning("The mail server refused %s%r (attempt %d); trying again in %s", task.name, args, attempts, pause)
    return True


def refused(mail, error):
    mail.attempts += 1
    mail.last_error = f"{type(error).__name__}: {error}"[:2000]
    if try_again_later(send_queued_mail, mail.attempts, mail.pk):
        mail.save(update_fields=["attempts", "last_error"])
        return
    mail.failed_at = timezone.now()
    mail.save(update_fields=["attempts", "last_error", "failed_at"])
    raise MailNotSent(f"{mail.subject} → {mail.recipient}: {mail.last_error}") from error


def retry(mail):
    """An administrator's "try again" on a message that failed for good: one more attempt, at once."""
    mail.failed_at = None
    mail.save(update_fields=["failed_at"])
    send_queued_mail.enqueue(mail.pk)


def as_data(message):
    """The message as JSON: text parts, headers, text attachments (an .ics) and HTML alternatives."""
    return {
        "subject": message.subject,
        "body": message.body,
        "from_email": message.from_email,
        "to": list(message.to),
        "headers": message.extra_headers,
        "attachments": [[name, as_text(attached), mimetype] for name, attached, mimetype in message.attachments],
        "alternatives": [list(alternative) for alternative in getattr(message, "alternatives", [])],
    }


def as_text(attached):
    return attached.decode() if isinstance(attached, bytes) else attached


def rebuilt(content):
    email = (EmailMultiAlternatives if content["alternatives"] else EmailMessage)(
        subject=content["subject"],
        body=content["body"],
        from_email=content["from_email"],
        to=content["to"],
        headers=content["headers"],
    )
    for name, attached, mimetype in content["attachments"]:
        email.attach(name, attached, mimetype)
    for alternative, mimetype in content["alternatives"]:
        email.attach_alternative(alternative, mimetype)
    return email
