"""Sign-ups for events: the flow a registrant goes through, and every clear answer on the way."""

import datetime
import time
from unittest import mock

import icalendar
import pytest

from django.core import mail
from django.core.cache import cache
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone, translation

from events.models import EventPage
from registrations import daily
from registrations.models import Registration

from .registration_helpers import last_mail_to, links_in, sign_up, signed_up_and_confirmed, training

pytestmark = pytest.mark.django_db

SUBJECT = {
    "confirm": {"pl": "Potwierdź zapis", "nb": "Bekreft påmeldingen"},
    "placed": {"pl": "Twoje miejsce jest potwierdzone", "nb": "Plassen din er bekreftet"},
    "promoted": {"pl": "Zwolniło się miejsce dla Ciebie", "nb": "En plass er blitt ledig for deg"},
}
TITLE = {
    "pl": "Szkolenie SMUP, moduł 1: wskaźniki usług publicznych",
    "nb": "SMUP-kurs, modul 1: indikatorer for offentlige tjenester",
}


@pytest.fixture(autouse=True)
def fresh_rate_limit():
    cache.clear()


def set_places(places, **fields):
    EventPage.objects.filter(pk=training().pk).update(sign_up_places=places, **fields)


def calendar_of(message):
    (name, content, mimetype) = message.attachments[0]
    assert name.endswith(".ics") and mimetype.startswith("text/calendar")
    return icalendar.Calendar.from_ical(content)


@pytest.mark.parametrize("language", ["pl", "nb"])
def test_sign_up_confirm_cancel_and_the_waiting_list_moves_up(client, language):
    set_places(1)
    first, second = f"pierwsza-{language}@example.org", f"druga-{language}@example.org"

    response = sign_up(client, first, language, institution="Urząd Miasta Poznania")
    assert response.status_code == 302
    registration = Registration.objects.get(email=first)
    assert (registration.status, registration.language, registration.event) == ("pending", language, training())
    assert registration.institution == "Urząd Miasta Poznania"
    assert registration.consent_version.language == language
    confirmation = last_mail_to(first)
    assert confirmation.subject.startswith(SUBJECT["confirm"][language])
    assert TITLE[language] in confirmation.subject

    # A link checker opening the link confirms nothing; the button does.
    confirm_url = links_in(confirmation)["confirm"]
    assert client.get(confirm_url).status_code == 200
    assert Registration.objects.get(email=first).status == "pending"
    response = client.post(confirm_url)
    assert response.status_code == 302
    assert Registration.objects.get(email=first).status == "confirmed"
    placed = last_mail_to(first)
    assert placed.subject.startswith(SUBJECT["placed"][language])
    event = calendar_of(placed).walk("VEVENT")[0]
    assert str(event["SUMMARY"]) == TITLE[language]
    assert event["SUMMARY"].params["LANGUAGE"] == language
    assert "mine" in links_in(placed)

    # The only place is taken: the next one waits.
    signed_up_and_confirmed(client, second, language)
    assert Registration.objects.get(email=second).status == "waiting"
    assert "1" in last_mail_to(second).body and not last_mail_to(second).attachments

    # The first cancels from the link in their e-mail; the place goes to the second, who is told.
    own_page = links_in(placed)["mine"]
    assert client.get(own_page).status_code == 200
    response = client.post(own_page)
    assert response.status_code == 302
    assert Registration.objects.get(email=first).status == "cancelled"
    assert Registration.objects.get(email=second).status == "confirmed"
    promoted = last_mail_to(second)
    assert promoted.subject.startswith(SUBJECT["promoted"][language])
    assert str(calendar_of(promoted).walk("VEVENT")[0]["SUMMARY"]) == TITLE[language]


def test_a_second_click_on_the_confirmation_link_takes_no_second_place(client):
    set_places(1)
    sign_up(client, "dwa-razy@example.org")
    confirm_url = links_in(last_mail_to("dwa-razy@example.org"))["confirm"]
    client.post(confirm_url)
    client.post(confirm_url)
    assert client.get(confirm_url).status_code == 302  # to the registrant's own page
    assert Registration.objects.get(email="dwa-razy@example.org").status == "confirmed"


def test_the_event_page_shows_the_form_and_the_places_left(client):
    page = training("en")
    set_places(2)
    response = client.get(page.url)
    html = response.content.decode()
    # One page for everyone, kept by the caches: the form carries no per-visitor token.
    assert "public" in response["Cache-Control"] and "csrfmiddlewaretoken" not in html
    assert client.get(page.url)["X-Page-Cache"] == "hit"
    assert "2 places left." in html and 'name="consent"' in html and "institution" in html
    assert "Which public services do you want to follow in SMUP?" in html
    assert 'name="phone"' not in html  # not asked for this event
    signed_up_and_confirmed(client, "jedna@example.org", "en")
    assert "One place left." in client.get(page.url).content.decode()  # the cached page purged
    signed_up_and_confirmed(client, "druga@example.org", "en")
    assert "All places are taken: sign up to join the waiting list." in client.get(page.url).content.decode()


def test_the_same_address_twice_is_one_sign_up_and_an_e_mail_saying_so(client):
    sign_up(client, "Ta-Sama@example.org")
    sign_up(client, "ta-sama@example.org")
    pending = Registration.objects.get(email="ta-sama@example.org")
    assert len(mail.outbox) == 2 and links_in(mail.outbox[1])["confirm"]  # a new confirmation link
    client.post(links_in(mail.outbox[1])["confirm"])
    response = sign_up(client, "ta-sama@example.org")
    assert response.status_code == 302
    assert Registration.objects.filter(email="ta-sama@example.org").count() == 1
    assert Registration.objects.get(pk=pending.pk).status == "confirmed"
    assert "zapisany" in last_mail_to("ta-sama@example.org").subject.lower()


@pytest.mark.parametrize(
    ("fields", "message", "on_the_page"),
    [
        ({"registration_deadline": datetime.date(2020, 1, 1)}, "Zapisy są zamknięte", "Zapisy są zamknięte."),
        ({"sign_up_opens": datetime.date(2099, 1, 1)}, "Zapisy jeszcze się nie rozpoczęły", "Zapisy rozpoczną się"),
    ],
)
def test_a_closed_sign_up_says_so_and_saves_nothing(client, fields, message, on_the_page):
    EventPage.objects.filter(pk=training().pk).update(**fields)
    response = sign_up(client, "za-pozno@example.org")
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not Registration.objects.filter(email="za-pozno@example.org").exists()
    page = client.get(training().url).content.decode()
    assert on_the_page in page and 'id="sign-up-consent"' not in page


def test_a_malformed_field_is_marked_and_nothing_typed_is_lost(client):
    response = sign_up(client, "nie-adres", institution="Urząd Gminy Wąwolnica", name="Jan Kowalski")
    html = response.content.decode()
    assert response.status_code == 400
    assert "Popraw zaznaczone pola." in html and 'aria-invalid="true"' in html
    assert 'value="Jan Kowalski"' in html and 'value="Urząd Gminy Wąwolnica"' in html
    assert not Registration.objects.exists() and not mail.outbox


def test_a_phone_number_is_checked_when_it_is_asked_for(client):
    EventPage.objects.filter(pk=training().pk).update(ask_phone=True)
    response = sign_up(client, "telefon@example.org", phone="zadzwoń")
    assert response.status_code == 400 and "numer telefonu" in response.content.decode()
    assert sign_up(client, "telefon@example.org", phone="+48 61 633 50 54").status_code == 302


def test_without_consent_nobody_is_signed_up(client):
    response = sign_up(client, "bez-zgody@example.org", consent="")
    assert response.status_code == 400 and "Zaznacz pole" in response.content.decode()
    assert not Registration.objects.exists()


def test_an_expired_confirmation_link_says_so(client):
    sign_up(client, "stary-link@example.org")
    confirm_url = links_in(last_mail_to("stary-link@example.org"))["confirm"]
    eight_days_later = timezone.now().timestamp() + 8 * 24 * 3600
    with mock.patch("django.core.signing.time.time", return_value=eight_days_later):
        response = client.post(confirm_url)
    assert response.status_code == 400 and "Ten link wygasł" in response.content.decode()
    assert Registration.objects.get(email="stary-link@example.org").status == "pending"
    assert client.get(confirm_url[:-5] + "xxxx/").status_code == 400


def test_a_bot_filling_the_honeypot_gets_the_usual_answer_and_signs_nobody_up(client):
    assert sign_up(client, "bot@example.org", website="http://spam.example").status_code == 302
    assert not Registration.objects.exists() and not mail.outbox


def test_sign_ups_from_one_address_are_limited(client, settings):
    meta = {"REMOTE_ADDR": "203.0.113.9"}
    for number in range(10):
        assert sign_up(client, f"osoba{number}@example.org", meta=meta).status_code == 302
    response = sign_up(client, "jedenasta@example.org", meta=meta)
    assert response.status_code == 429 and "Zbyt wiele zapisów" in response.content.decode()
    assert sign_up(client, "inna-siec@example.org", meta={"REMOTE_ADDR": "198.51.100.7"}).status_code == 302


def test_the_reminder_goes_once_however_often_the_daily_command_runs(client):
    set_places(5, start_date=timezone.localdate() + datetime.timedelta(days=1))
    signed_up_and_confirmed(client, "przypomnij@example.org")
    sign_up(client, "niepotwierdzony@example.org")
    mail.outbox.clear()
    call_command("registrations_daily", verbosity=0)
    call_command("registrations_daily", verbosity=0)
    assert [message.to for message in mail.outbox] == [["przypomnij@example.org"]]
    assert calendar_of(mail.outbox[0]) and "mine" in links_in(mail.outbox[0])


def test_personal_data_is_erased_after_the_retention_and_the_counts_stay(client):
    set_places(1)
    signed_up_and_confirmed(client, "byla@example.org", institution="Urząd Miasta Łodzi")
    signed_up_and_confirmed(client, "czekala@example.org")
    ended = timezone.localdate() - datetime.timedelta(days=daily.RETENTION_DAYS)
    EventPage.objects.filter(pk=training().pk).update(start_date=ended, end_date=ended)
    assert daily.erase_personal_data() == 0  # on the 90th day after, still kept
    EventPage.objects.filter(pk=training().pk).update(
        start_date=ended - datetime.timedelta(days=1), end_date=ended - datetime.timedelta(days=1)
    )
    assert daily.erase_personal_data() == 2
    erased = Registration.objects.filter(event=training())
    assert sorted(erased.values_list("status", flat=True)) == ["confirmed", "waiting"]
    assert set(erased.values_list("name", "email", "institution")) == {("", "", "")}
    assert all(registration.erased_at for registration in erased)


def test_places_an_editor_adds_go_to_the_waiting_list_at_once(client, django_capture_on_commit_callbacks):
    set_places(1)
    signed_up_and_confirmed(client, "ma-miejsce@example.org")
    signed_up_and_confirmed(client, "czeka-na-wiecej@example.org")
    assert Registration.objects.get(email="czeka-na-wiecej@example.org").status == "waiting"
    event = training()
    event.sign_up_places = 2
    with django_capture_on_commit_callbacks(execute=True):
        event.save_revision().publish()
    assert Registration.objects.get(email="czeka-na-wiecej@example.org").status == "confirmed"
    assert last_mail_to("czeka-na-wiecej@example.org").subject.startswith(SUBJECT["promoted"]["pl"])


def test_the_form_address_opened_as_a_link_leads_to_the_event(client):
    with translation.override("en"):
        url = reverse("registrations:sign_up", args=[training("en").pk])
    response = client.get(url)
    assert url.startswith("/en/sign-ups/")
    assert response.status_code == 302 and response["Location"] == training("en").url


@pytest.mark.parametrize("known", [False, True])
def test_a_sign_up_takes_the_same_least_time_whether_the_address_is_known(client, settings, known):
    settings.SIGN_UP_ANSWER_SECONDS = 0.3
    if known:
        signed_up_and_confirmed(client, "znany@example.org")
    started = time.monotonic()
    assert sign_up(client, "znany@example.org").status_code == 302
    assert time.monotonic() - started >= 0.3


def test_only_a_sign_up_that_could_tell_a_known_address_waits(client, settings):
    """A POST to an event that takes no sign-ups, one refused by the limit, or a malformed one is answered at
    once: a flood of them cannot keep the workers asleep. The wait (here 3 s) is far above any answer's time."""
    settings.SIGN_UP_ANSWER_SECONDS = 3
    settings.REGISTRATION_SIGN_UPS_PER_IP_PER_HOUR = 0
    started = time.monotonic()
    assert client.post("/pl/zapisy/999999/", {"email": "x@example.org"}).status_code == 404
    assert sign_up(client, "limit@example.org").status_code == 429
    settings.REGISTRATION_SIGN_UPS_PER_IP_PER_HOUR = 10
    assert sign_up(client, "zly-adres").status_code == 400
    assert time.monotonic() - started < 3


def test_the_registrants_own_page_shows_what_is_stored_and_the_text_agreed_to(client):
    signed_up_and_confirmed(client, "wlasna@example.org", institution="Urząd Miasta Torunia")
    html = client.get(links_in(last_mail_to("wlasna@example.org"))["mine"]).content.decode()
    registration = Registration.objects.get(email="wlasna@example.org")
    assert "Urząd Miasta Torunia" in html and registration.consent_version.sha256 in html
    assert "Zapisując się na wydarzenie, wyraża Pani/Pan zgodę" in html
    assert "Usuniemy to 90 dni po wydarzeniu." in html


def test_a_translation_not_yet_synchronised_asks_what_the_polish_page_asks(client):
    EventPage.objects.filter(pk=training("nb").pk).update(sign_up_places=None, ask_institution=False)
    html = client.get(training("nb").url).content.decode()
    assert 'id="sign-up-institution"' in html and "Hvilke offentlige tjenester" in html
    assert sign_up(client, "norsk@example.org", "nb", institution="Sunnfjord kommune").status_code == 302
    assert Registration.objects.get(email="norsk@example.org").institution == "Sunnfjord kommune"
