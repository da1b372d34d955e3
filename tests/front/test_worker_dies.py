"""The task worker killed (SIGKILL) in the middle of a task and started again: the task runs again, and
nobody gets a message twice: not an issue of the newsletter, not a queued e-mail."""

import time
from collections import Counter

from production_server import start_worker

SUBSCRIBERS = 12
MAILS = 4

SET_UP = f"""
from core import outbox
from django.core.mail import EmailMessage
from newsletter.models import NewsletterIssue
from newsletter.tasks import start_sending
from tests.site.newsletter_helpers import subscriber
for number in range({SUBSCRIBERS}):
    subscriber(f"czytelnik{{number}}@example.org")
for number in range({MAILS}):
    outbox.queue(EmailMessage(f"Kolejka {{number}}", "…", to=[f"kolejka{{number}}@example.org"]), seen_by="")
issue = NewsletterIssue.objects.get(locale__language_code="pl")
start_sending(issue)
print(issue.subject)
"""

LEFT = """
from django_tasks_db.models import DBTaskResult
from core.models import QueuedMail
from newsletter.models import NewsletterIssue
from newsletter.sending import recipients
issue = NewsletterIssue.objects.get(locale__language_code="pl")
unfinished = DBTaskResult.objects.filter(status__in=["READY", "RUNNING"]).count()
print(unfinished + recipients(issue).count() + QueuedMail.objects.count())
"""

RUNNING = (
    "from django_tasks_db.models import DBTaskResult; print(DBTaskResult.objects.filter(status='RUNNING').count())"
)


def waited_for(condition, seconds=60):
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "waited in vain"
        time.sleep(0.1)


def test_a_worker_killed_mid_task_resumes_and_sends_nobody_anything_twice(front):
    before = len(front.inbox.messages)
    front.inbox.pause = 0.2  # a slow mail server: the worker is killed while it waits for it
    try:
        subject = front.shell(SET_UP)
        waited_for(lambda: len(front.inbox.messages) - before >= 3)
        front.worker.kill()
        front.worker.wait()
        got_before_the_kill = len(front.inbox.messages) - before
        assert front.shell(RUNNING) == "1"  # left running by the dead worker, taken back when it starts again
        front.worker = start_worker(front.env)
        waited_for(lambda: front.shell(LEFT) == "0")
    finally:
        front.inbox.pause = 0
    received = Counter(message["To"] for message in front.inbox.messages[before:])
    assert received.most_common(1)[0][1] == 1  # nobody twice
    queued = {f"kolejka{number}@example.org" for number in range(MAILS)}
    assert queued <= set(received)  # a queued e-mail interrupted is sent again, so none is lost
    readers = [message for message in front.inbox.messages[before:] if message["Subject"].strip() == subject]
    # A delivery is written before its message goes: the one in flight at the kill may be lost, never doubled.
    assert len(readers) >= SUBSCRIBERS - 1 and got_before_the_kill < len(received)
