"""An issue goes out on the worker, one batch per task: the editor's "Send" returns at once, and a worker
stopped halfway resumes where the deliveries end (newsletter.sending: nobody gets an issue twice)."""

from django_tasks import task

from django.utils import timezone

from core.mail import MAIL_ERRORS
from core.outbox import try_again_later

from .models import NewsletterIssue
from .sending import recipients, send_batch


@task()
def send_issue_in_batches(issue_id, attempt=1):
    """Sends one batch of the issue, then queues the next; a batch the mail server refuses is tried again
    later, and after the last attempt the issue shows the problem to its editors."""
    issue = NewsletterIssue.objects.filter(pk=issue_id).first()
    if issue is None:
        return
    try:
        send_batch(issue)
    except MAIL_ERRORS as error:
        if not try_again_later(send_issue_in_batches, attempt, issue_id, attempt + 1):
            issue.sending_problem = f"{timezone.now():%Y-%m-%d %H:%M} {type(error).__name__}: {error}"[:2000]
            issue.save(update_fields=["sending_problem"])
            raise
        return
    if recipients(issue).exists():
        send_issue_in_batches.enqueue(issue_id)


def start_sending(issue):
    """The editor's "Send": the last problem is forgotten and the first batch queued."""
    issue.sending_problem = ""
    issue.save(update_fields=["sending_problem"])
    send_issue_in_batches.enqueue(issue.pk)
