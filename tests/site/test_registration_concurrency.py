"""Places hold when confirmations arrive together: real concurrent requests, each on its own connection.

The sign-ups are made and removed by connections of their own, committed, so the
requests see them: the test's own transaction (rolled back at its end) would hide them.
"""

import threading
from collections import Counter
from concurrent.futures import ThreadPoolExecutor

import pytest

from django.db import connection, connections
from django.test import Client
from django.urls import reverse
from django.utils import translation

from events.models import EventPage
from home.models import DataProtectionNotice
from registrations.models import ConsentVersion, Registration
from registrations.tokens import confirmation_token

from .registration_helpers import training

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(
        connection.vendor != "postgresql", reason="PostgreSQL's row lock is what is tested; SQLite has one writer"
    ),
]
REGISTRANTS, PLACES = 50, 10


def on_own_connection(work):
    """work() run and committed on a connection of its own, outside the test's transaction."""

    def run():
        try:
            return work()
        finally:
            connections.close_all()

    with ThreadPoolExecutor(1) as pool:
        return pool.submit(run).result()


def pending_sign_ups(event):
    """REGISTRANTS sign-ups waiting for confirmation; their confirmation links."""
    EventPage.objects.filter(pk=event.pk).update(sign_up_places=PLACES)
    notice = DataProtectionNotice.for_language(DataProtectionNotice.Purpose.SIGN_UPS, "pl")
    version = ConsentVersion.shown(notice)
    registrations = Registration.objects.bulk_create(
        Registration(
            event=event, language="pl", name=f"Osoba {n}", email=f"r{n}@concurrency.test", consent_version=version
        )
        for n in range(REGISTRANTS)
    )
    with translation.override("pl"):
        return [reverse("registrations:confirm", args=[confirmation_token(r)]) for r in registrations]


def test_fifty_confirmations_at_once_for_ten_places_leave_ten_confirmed_and_forty_waiting():
    event = training()
    original_places = event.sign_up_places
    urls = on_own_connection(lambda: pending_sign_ups(event))
    start = threading.Barrier(REGISTRANTS)

    def confirm(url):
        try:
            start.wait()
            return Client().post(url).status_code
        finally:
            connections.close_all()

    try:
        with ThreadPoolExecutor(REGISTRANTS) as pool:
            answers = list(pool.map(confirm, urls))
        statuses = on_own_connection(
            lambda: Counter(Registration.objects.filter(event=event).values_list("status", flat=True))
        )
        positions = on_own_connection(
            lambda: sorted(r.waiting_position() for r in Registration.objects.filter(event=event, status="waiting"))
        )
    finally:
        on_own_connection(lambda: Registration.objects.filter(event=event).delete())
        on_own_connection(lambda: EventPage.objects.filter(pk=event.pk).update(sign_up_places=original_places))
    assert answers == [302] * REGISTRANTS
    assert statuses == {"confirmed": PLACES, "waiting": REGISTRANTS - PLACES}
    assert positions == list(range(1, REGISTRANTS - PLACES + 1))


def test_one_address_sent_ten_times_at_once_is_signed_up_once():
    event = training()
    notice = DataProtectionNotice.for_language(DataProtectionNotice.Purpose.SIGN_UPS, "pl")
    form = {"name": "Jan Pośpiech", "email": "pospiech@concurrency.test", "consent": "on"}
    form["consent_version"] = ConsentVersion.digest_of(notice)
    with translation.override("pl"):
        url = reverse("registrations:sign_up", args=[event.pk])
    start = threading.Barrier(10)

    def send(number):
        try:
            start.wait()
            return Client(REMOTE_ADDR=f"192.0.2.{number}").post(url, form).status_code
        finally:
            connections.close_all()

    try:
        with ThreadPoolExecutor(10) as pool:
            answers = list(pool.map(send, range(10)))
        kept = on_own_connection(lambda: Registration.objects.filter(email="pospiech@concurrency.test").count())
    finally:
        on_own_connection(lambda: Registration.objects.filter(event=event).delete())
    assert answers == [302] * 10
    assert kept == 1
