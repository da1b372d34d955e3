"""Sending issues: only to confirmed subscribers, each exactly once, through a real SMTP server too."""

import csv
import io
import smtplib
from collections import Counter

import pytest

from django.core import mail
from django.core.cache import cache
from django.core.mail.backends.locmem import EmailBackend
from django.core.management import call_command
from django.core.management.base import CommandError
from django.urls import reverse

from newsletter.models import Delivery, NewsletterIssue, Subscriber
from tests.factories import member_of

from .newsletter_helpers import links_in, sign_up, subscriber

pytestmark = pytest.mark.django_db


@pytest.fixture
def issue():
    return NewsletterIssue.objects.get(locale__language_code="pl")


def recipients():
    return Counter(address for message in mail.outbox for address in message.to)


class FailsAfterThree(EmailBackend):
    """A mail server that drops the connection after three messages, as one does mid-run."""

    sent = 0

    def send_messages(self, messages):
        if FailsAfterThree.sent >= 3:
            raise smtplib.SMTPServerDisconnected("connection lost")
        FailsAfterThree.sent += len(messages)
        return super().send_messages(messages)


def test_an_interrupted_run_rerun_delivers_each_subscriber_exactly_once(issue, settings):
    readers = [subscriber(f"reader{n}@example.org", language=("pl", "nb", "en")[n % 3]) for n in range(8)]
    FailsAfterThree.sent = 0
    settings.EMAIL_BACKEND = "tests.site.test_newsletter_sending.FailsAfterThree"
    with pytest.raises(smtplib.SMTPServerDisconnected):
        call_command("send_newsletter", issue.pk, batch_size=2, verbosity=0)
    assert len(mail.outbox) == 3
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    call_command("send_newsletter", issue.pk, batch_size=2, verbosity=0)
    call_command("send_newsletter", issue.pk, verbosity=0)  # a third run sends nothing
    assert recipients() == Counter(reader.email for reader in readers)
    assert Delivery.objects.filter(issue=issue).count() == len(readers)


def test_nobody_but_confirmed_active_subscribers_gets_an_issue(issue):
    subscriber("confirmed@example.org")
    subscriber("pending@example.org", status="pending")
    subscriber("gone@example.org", status="unsubscribed")
    subscriber("paused@example.org", paused=True)
    call_command("send_newsletter", issue.pk, verbosity=0)
    assert set(recipients()) == {"confirmed@example.org"}


def test_naming_a_translation_sends_the_same_issue(issue):
    subscriber("nordmann@example.org", language="nb")
    norwegian = NewsletterIssue.objects.get(translation_key=issue.translation_key, locale__language_code="nb")
    call_command("send_newsletter", norwegian.pk, verbosity=0)
    call_command("send_newsletter", issue.pk, verbosity=0)
    assert recipients() == Counter({"nordmann@example.org": 1})
    assert mail.outbox[0].subject.startswith("Nyhetsbrev")


def test_an_unknown_issue_is_a_clear_error():
    with pytest.raises(CommandError, match="No newsletter issue with id 999999"):
        call_command("send_newsletter", 999999)


def test_issue_text_has_absolute_links_and_a_plain_part(issue):
    issue.body = '<p>Zobacz <a href="/pl/kalendarz/">kalendarz</a>.</p><p>Druga linia</p>'
    issue.save()
    subscriber("linki@example.org")
    call_command("send_newsletter", issue.pk, verbosity=0)
    message = mail.outbox[0]
    assert "kalendarz (http://testserver/pl/kalendarz/)" in message.body
    assert "Druga linia" in message.body and "<p>" not in message.body
    assert 'href="http://testserver/pl/kalendarz/"' in message.alternatives[0].content


# Editors: the Newsletter group sees subscribers; ordinary editors do not.


def test_the_newsletter_group_sees_and_exports_confirmed_subscribers(client, django_user_model):
    member_of("Newsletter", django_user_model, client)
    subscriber("potwierdzony@example.org", language="nb")
    subscriber("czeka@example.org", status="pending")
    index = reverse("subscriber:index")
    assert "potwierdzony@example.org" in client.get(index).content.decode()
    export = client.get(index, {"status": "confirmed", "export": "csv"})
    _heading, *rows = csv.reader(io.StringIO(b"".join(export.streaming_content).decode()))
    assert [row[0] for row in rows] == ["potwierdzony@example.org"]
    subscriber("=1+1@example.org")
    export = client.get(index, {"status": "confirmed", "export": "csv"})
    _heading, *rows = csv.reader(io.StringIO(b"".join(export.streaming_content).decode()))
    assert sorted(row[0] for row in rows) == ["'=1+1@example.org", "potwierdzony@example.org"]
    assert client.get(index, {"language": "nb"}).content.decode().count("potwierdzony@example.org") >= 1
    assert "czeka@example.org" not in client.get(index, {"language": "nb"}).content.decode()


@pytest.mark.parametrize("group", ["Redaktorzy", "Moderatorzy"])
def test_ordinary_editors_do_not_see_subscribers(client, django_user_model, group):
    member_of(group, django_user_model, client)
    subscriber("tajny@example.org")
    response = client.get(reverse("subscriber:index"))
    assert response.status_code in (302, 403)
    assert "tajny@example.org" not in response.content.decode()
    assert client.get(reverse("newsletter_send_issue", args=[1])).status_code in (302, 403)


def test_the_newsletter_group_sends_an_issue_from_the_admin(client, django_user_model, issue):
    member_of("Newsletter", django_user_model, client)
    subscriber("z-admina@example.org")
    send_url = reverse("newsletter_send_issue", args=[issue.pk])
    assert "z-admina" not in client.get(send_url).content.decode()  # counts only, no addresses
    response = client.post(send_url)
    assert response.status_code == 302
    assert recipients() == Counter({"z-admina@example.org": 1})
    listing = client.get(reverse("wagtailsnippets_newsletter_newsletterissue:list")).content.decode()
    assert send_url in listing


# A real SMTP server (tests/conftest.py)


def test_messages_through_a_real_smtp_server_carry_the_unsubscribe_headers(client, smtp_server, issue):
    cache.clear()
    sign_up(client, "smtp@example.org", "nb")
    confirmation = smtp_server.messages[-1]
    assert confirmation["To"] == "smtp@example.org"
    assert confirmation["Subject"] == "Bekreft abonnementet på nyhetsbrevet"
    assert confirmation.get_content_type() == "multipart/alternative"
    confirm_path = links_in(mail.EmailMessage(body=confirmation.get_body(("plain",)).get_content()))["confirm"]
    client.post(confirm_path)

    call_command("send_newsletter", issue.pk, verbosity=0)
    newsletter = smtp_server.messages[-1]
    assert newsletter["Subject"].strip() == "Nyhetsbrev fra Den polske byunionen – oktober 2022"
    unsubscribe = str(newsletter["List-Unsubscribe"]).strip()  # long headers are folded
    assert unsubscribe.startswith("<http://testserver/nb/nyhetsbrev/unsubscribe/") and unsubscribe.endswith("/>")
    assert newsletter["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert newsletter["Content-Language"] == "nb"
    assert {part.get_content_type() for part in newsletter.iter_parts()} == {"text/plain", "text/html"}

    # What a mail program does with the headers: POST the body RFC 8058 prescribes, nothing else.
    client.post(unsubscribe.strip("<>").removeprefix("http://testserver"), {"List-Unsubscribe": "One-Click"})
    assert Subscriber.objects.get(email="smtp@example.org").status == "unsubscribed"
