"""The task queue: a sign-up saved at once, its message sent by the worker (core.outbox) through a real SMTP
server that refuses for a while, an issue in batches, and what failed for good shown to those who answer
for it."""

import datetime

import pytest
from django_tasks_db.models import DBTaskResult

from django.core.mail.backends.locmem import EmailBackend
from django.urls import reverse
from django.utils import timezone

from modelsearch.tasks import insert_or_update_object_task
from wagtail.tasks import update_reference_index_task

from core.models import QueuedMail
from newsletter.models import NewsletterIssue, Subscriber
from registrations.models import Registration
from tests.factories import member_of
from tests.tasks import run_queued_tasks

from .newsletter_helpers import subscriber
from .registration_helpers import sign_up

pytestmark = pytest.mark.django_db

LATER = datetime.timedelta(days=1)  # past every pause between attempts


def test_a_sign_up_is_saved_at_once_and_its_mail_survives_a_refusing_server(client, queued, smtp_server, settings):
    smtp_server.refusing = 2
    assert sign_up(client, "cierpliwa@example.org", name="Ewa Zielińska").status_code == 302
    assert Registration.objects.filter(email="cierpliwa@example.org").exists()
    assert smtp_server.messages == []  # the request only queued it

    run_queued_tasks()  # refused once: a second try waits MAIL_RETRY_SECONDS
    [mail_left] = QueuedMail.objects.all()
    assert (mail_left.attempts, mail_left.failed_at) == (1, None) and "451" in mail_left.last_error
    waiting = DBTaskResult.objects.get(status="READY", task_path="core.outbox.send_queued_mail")
    pause = (waiting.run_after - timezone.now()).total_seconds()
    assert settings.MAIL_RETRY_SECONDS - 5 < pause <= settings.MAIL_RETRY_SECONDS
    run_queued_tasks()
    assert smtp_server.messages == []  # not before its time

    run_queued_tasks(now=timezone.now() + LATER)  # refused again, then accepted
    assert smtp_server.recipients() == ["cierpliwa@example.org"]
    assert smtp_server.messages[0]["Subject"].strip().startswith("Potwierdź zapis")
    assert not QueuedMail.objects.exists()


def test_a_message_refused_every_time_is_shown_to_the_organisers_and_sent_when_tried_again(
    client, queued, smtp_server, settings, django_user_model
):
    settings.MAIL_ATTEMPTS = 3
    smtp_server.refusing = 3
    sign_up(client, "odrzucona@example.org")
    for _attempt in range(3):
        run_queued_tasks(now=timezone.now() + LATER)
    [failed] = QueuedMail.objects.all()
    assert failed.attempts == 3 and failed.failed_at is not None
    assert DBTaskResult.objects.failed().get().exception_class_path == "core.outbox.MailNotSent"

    member_of("Organizatorzy", django_user_model, client)
    report = client.get(reverse("unsent_mail")).content.decode()
    assert "odrzucona@example.org" in report and "451" in report
    assert client.post(reverse("unsent_mail"), {"pk": failed.pk}).status_code == 302
    run_queued_tasks()
    assert smtp_server.recipients() == ["odrzucona@example.org"]
    assert "odrzucona@example.org" not in client.get(reverse("unsent_mail")).content.decode()


@pytest.mark.parametrize("group", ["Newsletter", "Redaktorzy"])
def test_a_sign_ups_failed_mail_is_not_shown_outside_the_organisers(client, settings, group, django_user_model):
    settings.EMAIL_BACKEND = "tests.site.test_task_queue.Refusing"
    sign_up(client, "nie-dla-was@example.org")  # tasks run at once here: the first refusal is the last
    assert QueuedMail.objects.get().failed_at is not None
    member_of(group, django_user_model, client)
    response = client.get(reverse("unsent_mail"))
    assert "nie-dla-was@example.org" not in response.content.decode()
    if group == "Redaktorzy":
        assert response.status_code in (302, 403)


class Refusing(EmailBackend):
    def send_messages(self, messages):
        raise ConnectionRefusedError("no mail server here")


def test_administrators_see_failed_tasks_with_their_error_and_try_them_again(client, queued, admin_client, smtp_server):
    smtp_server.refusing = 99
    issue = NewsletterIssue.objects.get(locale__language_code="pl")
    subscriber("czytelnik@example.org")
    admin_client.post(reverse("newsletter_send_issue", args=[issue.pk]))
    for _attempt in range(8):
        run_queued_tasks(now=timezone.now() + LATER)
    [failed] = DBTaskResult.objects.failed()
    assert failed.task_path == "newsletter.tasks.send_issue_in_batches"
    issue.refresh_from_db()
    assert "451" in issue.sending_problem
    assert "451" in admin_client.get(reverse("newsletter_send_issue", args=[issue.pk])).content.decode()

    report = admin_client.get(reverse("failed_tasks")).content.decode()
    assert "send_issue_in_batches" in report and "SMTPDataError" in report
    smtp_server.refusing = 0
    assert admin_client.post(reverse("failed_tasks"), {"pk": failed.pk}).status_code == 302
    run_queued_tasks()
    assert smtp_server.recipients() == ["czytelnik@example.org"]
    assert not DBTaskResult.objects.failed().exists()


def test_only_administrators_see_failed_tasks(client, django_user_model):
    member_of("Organizatorzy", django_user_model, client)
    assert client.get(reverse("failed_tasks")).status_code in (302, 403)


def test_an_issue_goes_out_in_batches_each_its_own_task(client, queued, admin_client, smtp_server, settings):
    settings.NEWSLETTER_BATCH_SIZE = 2
    for number in range(5):
        subscriber(f"partia{number}@example.org")
    issue = NewsletterIssue.objects.get(locale__language_code="pl")
    admin_client.post(reverse("newsletter_send_issue", args=[issue.pk]))
    admin_client.post(reverse("newsletter_send_issue", args=[issue.pk]))  # pressed twice
    assert smtp_server.messages == []
    results = run_queued_tasks()
    batches = results.filter(task_path="newsletter.tasks.send_issue_in_batches")
    assert batches.count() >= 3 and {result.status for result in batches} == {"SUCCESSFUL"}
    confirmed = Subscriber.objects.filter(status="confirmed").values_list("email", flat=True)
    assert sorted(smtp_server.recipients()) == sorted(confirmed)  # each once


def test_wagtails_index_tasks_for_an_object_gone_meanwhile_are_not_reported_as_failed(queued):
    update_reference_index_task.enqueue("programmes", "programmepartner", "999999")
    insert_or_update_object_task.enqueue("news", "newspage", "999999")
    run_queued_tasks()
    assert not DBTaskResult.objects.failed().exists()
