"""The newsletter's promises to a subscriber: double opt-in, proof of consent, withdrawal, access, erasure."""

import json
import time
from datetime import timedelta

import pytest

from django.core import mail
from django.core.cache import cache
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from wagtail.models import ModelLogEntry

from newsletter import ratelimit
from newsletter.models import ConsentRecord, ConsentVersion, Delivery, NewsletterIssue, Subscriber

from .newsletter_helpers import SIGN_UP_URL, last_mail_to, links_in, manage_path, sign_up, subscriber

pytestmark = pytest.mark.django_db

CONFIRM_SUBJECT = {"pl": "Potwierdź zapis na newsletter", "nb": "Bekreft abonnementet på nyhetsbrevet"}
ISSUE_SUBJECT = {
    "pl": "Newsletter Związku Miast Polskich – październik 2022",
    "nb": "Nyhetsbrev fra Den polske byunionen – oktober 2022",
}
CONSENT_START = {"pl": "Zapisując się do naszego newslettera", "nb": "Når du abonnerer på nyhetsbrevet vårt"}


@pytest.fixture(autouse=True)
def fresh_rate_limit():
    cache.clear()


@pytest.mark.parametrize("language", ["pl", "nb"])
def test_the_whole_journey_of_a_subscriber(client, language):
    address = f"czytelnik-{language}@example.org"

    # Sign up: a pending subscriber and a confirmation e-mail in the visitor's language.
    response = sign_up(client, address, language)
    assert response.status_code == 302
    pending = Subscriber.objects.get(email=address)
    assert (pending.status, pending.language) == ("pending", language)
    confirmation = last_mail_to(address)
    assert confirmation.subject == CONFIRM_SUBJECT[language]
    assert confirmation.alternatives[0].mimetype == "text/html"
    assert confirmation.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"

    # Confirm: the link shows a button, pressing it records the consent.
    confirm_url = links_in(confirmation)["confirm"]
    assert client.get(confirm_url).status_code == 200
    assert Subscriber.objects.get(email=address).status == "pending"
    response = client.post(confirm_url)
    assert response.status_code == 302
    confirmed = Subscriber.objects.get(email=address)
    assert confirmed.status == "confirmed" and confirmed.confirmed_at
    consent = confirmed.consent_records.get(action="given")
    assert (consent.language, consent.method) == (language, "double_opt_in")
    assert consent.consent_version.consent_text.startswith(CONSENT_START[language])
    assert consent.consent_version.sha256 == ConsentVersion.digest(
        language, consent.consent_version.consent_text, consent.consent_version.notice
    )

    # An issue arrives, in the subscriber's language, with a one-click way out.
    issue = NewsletterIssue.objects.get(locale__language_code="pl")
    mail.outbox.clear()
    call_command("send_newsletter", issue.pk, verbosity=0)
    newsletter = last_mail_to(address)
    assert newsletter.subject == ISSUE_SUBJECT[language]
    unsubscribe_url = newsletter.extra_headers["List-Unsubscribe"].strip("<>").removeprefix("http://testserver")

    # One click in the mail program (RFC 8058): no login, no cookie, no CSRF token.
    response = client.post(unsubscribe_url, {"List-Unsubscribe": "One-Click"})
    assert response.status_code == 302
    withdrawn = Subscriber.objects.get(email=address)
    assert withdrawn.status == "unsubscribed"
    assert withdrawn.consent_records.filter(action="withdrawn", method="one_click").exists()

    # Access: everything stored, as JSON.
    manage_url = links_in(newsletter)["manage"]
    response = client.get(manage_url + "data.json")
    data = json.loads(response.content)
    assert response["Content-Disposition"].startswith("attachment")
    assert data["email"] == address
    assert [record["action"] for record in data["consent_records"]] == ["given", "withdrawn"]
    assert data["deliveries"][0]["issue"] == ISSUE_SUBJECT["pl"]

    # Erasure: nothing left with the address.
    response = client.post(manage_url, {"action": "erase", "confirm": "on"})
    assert response.status_code == 200
    assert not Subscriber.objects.filter(email=address).exists()
    assert not ConsentRecord.objects.filter(subscriber_id=withdrawn.pk).exists()
    assert not Delivery.objects.filter(subscriber_id=withdrawn.pk).exists()
    assert client.get(manage_url).status_code == 404


def test_erasure_asks_for_a_tick_first(client):
    reader = subscriber("ostrozny@example.org")
    manage_url = manage_path(reader)
    response = client.post(manage_url, {"action": "erase"})
    assert response.status_code == 400
    assert "nie można cofnąć" in response.content.decode()
    assert Subscriber.objects.filter(pk=reader.pk).exists()


KNOWN_STATES = ["new", "pending", "confirmed", "unsubscribed"]


@pytest.mark.parametrize("state", KNOWN_STATES)
def test_sign_up_answers_the_same_whatever_the_address(client, state):
    address = f"{state}@example.org"
    if state != "new":
        subscriber(address, status=state)
    response = sign_up(client, address)
    thanks = client.get(response["Location"])
    # Compared with a never-seen address in the same test run:
    baseline = sign_up(client, "nobody-knows-me@example.org")
    assert (response.status_code, response["Location"]) == (baseline.status_code, baseline["Location"])
    assert response.content == baseline.content
    assert thanks.content == client.get(baseline["Location"]).content
    # Every case costs exactly one e-mail to the address, so timing and mailbox tell nothing either.
    assert len([message for message in mail.outbox if message.to == [address]]) == 1


def test_a_confirmed_address_is_told_so_and_not_subscribed_twice(client):
    subscriber("juz@example.org")
    sign_up(client, "JUZ@example.org ")
    assert Subscriber.objects.filter(email="juz@example.org").count() == 1
    assert last_mail_to("juz@example.org").subject == "Ten adres jest już zapisany na nasz newsletter"
    assert Subscriber.objects.get(email="juz@example.org").status == "confirmed"


def test_an_unsubscribed_address_must_confirm_again(client):
    subscriber("wraca@example.org", status="unsubscribed")
    sign_up(client, "wraca@example.org")
    assert Subscriber.objects.get(email="wraca@example.org").status == "pending"
    assert "confirm" in links_in(last_mail_to("wraca@example.org"))


def test_the_honeypot_stores_nothing_and_looks_normal(client):
    response = sign_up(client, "bot@example.org", website="http://spam.example")
    assert response.status_code == 302
    assert response["Location"] == sign_up(client, "human@example.org")["Location"]
    assert not Subscriber.objects.filter(email="bot@example.org").exists()
    assert not [message for message in mail.outbox if message.to == ["bot@example.org"]]


def test_sign_ups_are_limited_per_address(client, monkeypatch):
    monkeypatch.setattr(ratelimit, "SIGN_UPS_PER_HOUR", 2)
    assert sign_up(client, "one@example.org").status_code == 302
    assert sign_up(client, "two@example.org", meta={"REMOTE_ADDR": "10.0.0.9"}).status_code == 302
    assert sign_up(client, "three@example.org").status_code == 302
    response = sign_up(client, "four@example.org")
    assert response.status_code == 429
    assert "Zbyt wiele zapisów" in response.content.decode()
    assert not Subscriber.objects.filter(email="four@example.org").exists()


def test_consent_is_required_and_explained(client):
    response = client.post(SIGN_UP_URL["nb"], {"email": "nei@example.org"})
    assert response.status_code == 200
    assert "Kryss av i boksen for å gi samtykke" in response.content.decode()
    assert not Subscriber.objects.filter(email="nei@example.org").exists()


def test_an_invalid_address_is_explained(client):
    response = client.post(SIGN_UP_URL["pl"], {"email": "not an address", "consent": "on"})
    assert response.status_code == 200
    assert 'aria-invalid="true"' in response.content.decode()
    assert not Subscriber.objects.filter(email="not an address").exists()


def test_an_expired_confirmation_link_is_rejected_clearly(client, monkeypatch):
    sign_up(client, "spozniony@example.org")
    confirm_url = links_in(last_mail_to("spozniony@example.org"))["confirm"]
    real_time = time.time
    monkeypatch.setattr(time, "time", lambda: real_time() + timedelta(days=7, minutes=1).total_seconds())
    response = client.post(confirm_url)
    assert response.status_code == 400
    assert "Ten link wygasł" in response.content.decode()
    assert Subscriber.objects.get(email="spozniony@example.org").status == "pending"


@pytest.mark.parametrize("view", ["confirm", "manage", "unsubscribe"])
def test_a_tampered_link_is_rejected_clearly(client, view):
    sign_up(client, "ciekawski@example.org")
    link = links_in(last_mail_to("ciekawski@example.org"))[view]
    tampered = link[:-3] + ("A" if link[-3] != "A" else "B") + link[-2:]
    for method in (client.get, client.post):
        response = method(tampered)
        assert response.status_code == 400
        assert "Ten link jest nieprawidłowy" in response.content.decode()
    assert Subscriber.objects.get(email="ciekawski@example.org").status == "pending"


def subscribed_then_unsubscribed(client, address):
    """Signs address up, confirms it and unsubscribes it, as its owner would; returns the confirmation link."""
    sign_up(client, address)
    confirm_url = links_in(last_mail_to(address))["confirm"]
    client.post(confirm_url)
    client.post(manage_path(Subscriber.objects.get(email=address)), {"action": "unsubscribe"})
    return confirm_url


def test_an_old_confirmation_link_cannot_resubscribe(client):
    confirm_url = subscribed_then_unsubscribed(client, "byly@example.org")
    response = client.post(confirm_url)
    assert response.status_code == 400
    assert Subscriber.objects.get(email="byly@example.org").status == "unsubscribed"


def test_unsubscribing_an_unconfirmed_sign_up_forgets_it(client):
    sign_up(client, "pomylka@example.org")
    client.post(links_in(last_mail_to("pomylka@example.org"))["unsubscribe"])
    assert not Subscriber.objects.filter(email="pomylka@example.org").exists()


def test_a_corrected_address_is_used_once_confirmed(client):
    reader = subscriber("stary@example.org")
    manage_url = manage_path(reader)
    response = client.post(manage_url, {"action": "address", "email": "nowy@example.org"})
    assert response.status_code == 302
    assert Subscriber.objects.get(pk=reader.pk).email == "stary@example.org"
    client.post(links_in(last_mail_to("nowy@example.org"))["confirm"])
    reader.refresh_from_db()
    assert (reader.email, reader.new_email) == ("nowy@example.org", "")
    assert reader.consent_records.filter(action="address_changed").exists()


def test_pausing_stops_sending_until_resumed(client):
    reader = subscriber("pauza@example.org")
    manage_url = manage_path(reader)
    client.post(manage_url, {"action": "paused"})
    issue = NewsletterIssue.objects.get(locale__language_code="pl")
    call_command("send_newsletter", issue.pk, verbosity=0)
    assert not [message for message in mail.outbox if message.to == ["pauza@example.org"]]
    client.post(manage_url, {"action": "resumed"})
    call_command("send_newsletter", issue.pk, verbosity=0)
    assert last_mail_to("pauza@example.org").subject == ISSUE_SUBJECT["pl"]
    assert list(reader.consent_records.values_list("action", flat=True)) == ["paused", "resumed"]


def test_the_subscriber_page_shows_what_is_stored(client):
    reader = subscriber("jawny@example.org", language="nb")
    page = client.get(manage_path(reader))
    html = page.content.decode()
    assert page["Cache-Control"].startswith("max-age=0") or "no-store" in page["Cache-Control"]
    assert "jawny@example.org" in html
    assert "Hva vi lagrer om deg" in html


def test_purge_removes_only_stale_sign_ups():
    week_ago = timezone.now() - timedelta(days=7, hours=1)
    subscriber("stale@example.org", status="pending", signed_up_at=week_ago)
    subscriber("fresh@example.org", status="pending")
    subscriber("loyal@example.org", signed_up_at=week_ago)
    call_command("purge_newsletter", verbosity=0)
    call_command("purge_newsletter", verbosity=0)  # a second cron run finds nothing to do
    remaining = set(Subscriber.objects.values_list("email", flat=True))
    assert "stale@example.org" not in remaining
    assert {"fresh@example.org", "loyal@example.org"} <= remaining


@pytest.mark.parametrize("language", ["pl", "nb"])
def test_every_page_has_the_sign_up_form_in_the_visitors_language(client, language):
    response = client.get(f"/{language}/")
    html = response.content.decode()
    form = html[html.index('class="newsletter-form"') :]
    assert 'type="checkbox"' in form
    assert "checked" not in form[: form.index("</form>")]
    assert CONSENT_START[language] in form
    assert "<details" in form
    # Nothing per visitor: the page can be cached and served to everyone.
    assert "csrfmiddlewaretoken" not in html
    assert not response.cookies


HOSTILE = ["", "\x00@example.org", "a" * 5000 + "@example.org", "<script>@example.org", "'\";--@x.pl", "ą@ę.pl"]


@pytest.mark.parametrize("value", HOSTILE)
def test_hostile_sign_ups_get_a_page_never_an_error(client, value):
    for data in (
        {"email": value, "consent": "on"},
        {"email": "ok@example.org", "consent": value, "consent_version": value},
    ):
        response = client.post(SIGN_UP_URL["pl"], data)
        assert response.status_code in (200, 302)
        assert b"<script>@" not in response.content


def test_address_changes_are_limited_like_sign_ups(client, monkeypatch):
    """Each change mails a confirmation to the address given: no way to flood someone else's inbox."""
    monkeypatch.setattr(ratelimit, "SIGN_UPS_PER_HOUR", 2)
    manage_url = manage_path(subscriber("stary@example.org"))
    for _ in range(2):
        assert client.post(manage_url, {"action": "address", "email": "ofiara@example.org"}).status_code == 302
    refused = client.post(manage_url, {"action": "address", "email": "ofiara@example.org"})
    assert refused.status_code == 429
    assert len([message for message in mail.outbox if message.to == ["ofiara@example.org"]]) == 2


def test_a_forged_sign_up_of_a_former_subscriber_keeps_its_consent_history(client):
    old_confirm_url = subscribed_then_unsubscribed(client, "dawny@example.org")
    reader = Subscriber.objects.get(email="dawny@example.org")
    history = list(reader.consent_records.values_list("action", flat=True))
    assert history == ["given", "withdrawn"]

    sign_up(client, "dawny@example.org")  # by anyone: the form asks no proof
    assert client.post(old_confirm_url).status_code == 400  # a link from before confirms nothing now
    assert Subscriber.objects.get(email="dawny@example.org").status == "pending"
    Subscriber.objects.filter(email="dawny@example.org").update(signed_up_at=timezone.now() - timedelta(days=8))
    call_command("purge_newsletter", verbosity=0)
    kept = Subscriber.objects.get(email="dawny@example.org")
    assert kept.status == "unsubscribed"
    assert list(kept.consent_records.values_list("action", flat=True)) == history


@pytest.mark.parametrize("state", KNOWN_STATES)
def test_a_sign_up_takes_the_same_least_time_whatever_the_address(client, state, settings):
    """The work differs by state (an insert, an update, nothing); the answer's time is evened out above it."""
    settings.SIGN_UP_ANSWER_SECONDS = 0.3
    address = f"czas-{state}@example.org"
    if state != "new":
        subscriber(address, status=state)
    started = time.monotonic()
    sign_up(client, address)
    assert time.monotonic() - started >= 0.3


def test_a_refused_or_malformed_sign_up_is_answered_at_once(client, settings, monkeypatch):
    """Neither tells anything of an address, and a flood of them must not keep the workers asleep (the wait: 3 s)."""
    settings.SIGN_UP_ANSWER_SECONDS = 3
    started = time.monotonic()
    assert "poprawny adres" in sign_up(client, "zly-adres").content.decode()
    monkeypatch.setattr(ratelimit, "SIGN_UPS_PER_HOUR", 0)
    assert sign_up(client, "limit@example.org").status_code == 429
    assert time.monotonic() - started < 3


def test_an_erased_subscriber_leaves_no_address_in_the_admin_log(admin_client):
    reader = subscriber("zapomniany@example.org")
    edit_url = reverse("subscriber:edit", args=[reader.pk])
    assert admin_client.post(edit_url, {"paused": "on"}).status_code == 302
    assert ModelLogEntry.objects.filter(label="zapomniany@example.org").exists()
    admin_client.post(reverse("subscriber:delete", args=[reader.pk]))
    assert not Subscriber.objects.filter(pk=reader.pk).exists()
    assert not ModelLogEntry.objects.filter(label__contains="zapomniany").exists()
    assert ModelLogEntry.objects.filter(object_id=str(reader.pk), action="wagtail.delete").exists()


def test_the_thanks_page_keeps_its_own_heading(client):
    """The page's head names variables of its own: a message page's title is its heading, not the page's meta."""
    html = client.get(sign_up(client, "naglowek@example.org")["Location"]).content.decode()
    assert "<h1>Sprawdź skrzynkę pocztową</h1>" in html
