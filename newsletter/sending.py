"""Sending an issue: in batches (one task each, newsletter.tasks), each subscriber in its language, never twice.

A delivery row is committed before its message goes out; a rerun after an
interruption skips every subscriber with a row. A message the mail server refuses
removes its row again, so the rerun retries it. Only a crash in the instant between
the server's acceptance and the next statement could cost a subscriber the issue:
at most once, never twice.
"""

from django.conf import settings
from django.core.mail import get_connection
from django.db import IntegrityError, transaction

from wagtail.models import Locale

from .emails import issue_message
from .models import Delivery, Subscriber


def source_issue(issue):
    """Deliveries are counted on the original issue, whichever translation was named."""
    return issue.get_translation_or_none(Locale.get_default()) or issue


def recipients(issue):
    return (
        Subscriber.objects.filter(status=Subscriber.Status.CONFIRMED, paused=False)
        .exclude(deliveries__issue=issue)
        .order_by("pk")
    )


def send_issue(issue, batch_size=None, progress=None):
    """Sends the issue to every confirmed subscriber who has not had it; returns how many got it now."""
    issue = source_issue(issue)
    sent = 0
    while recipients(issue).exists():
        sent += send_batch(issue, batch_size)
        if progress:
            progress(sent)
    return sent


def send_batch(issue, batch_size=None):
    """Sends the source issue to the next batch_size (NEWSLETTER_BATCH_SIZE) subscribers who have not had it,
    over one connection; returns how many got it. A refusal by the mail server propagates, with the batch's
    rest left waiting."""
    translations = issue.get_translations(inclusive=True).select_related("locale")
    versions = {version.locale.language_code: version for version in translations}
    sent = 0
    with get_connection() as connection:
        for subscriber in recipients(issue)[: batch_size or settings.NEWSLETTER_BATCH_SIZE]:
            version = versions.get(subscriber.language, issue)
            try:
                with transaction.atomic():
                    delivery = Delivery.objects.create(
                        issue=issue, subscriber=subscriber, language=version.locale.language_code
                    )
            except IntegrityError:
                continue  # another run got there first
            try:
                issue_message(subscriber, version, connection=connection).send()
            except Exception:
                delivery.delete()
                raise
            sent += 1
    return sent
