"""A municipal employee signs up for a SMUP training in Norwegian, without JavaScript; a place frees up."""

import email
import re
from email import policy

TRAINING = "/nb/programmer/smup/smup-kurs-modul-1/"
ONE_PLACE = (
    "from events.models import EventPage; "
    "EventPage.objects.filter(slug='szkolenie-smup-modul-1').update(sign_up_places=1)"
)


def newest_message_to(mail_folder, address):
    """(subject, plain text) of the newest e-mail the site's server wrote to address."""
    newest = None
    for path in sorted(mail_folder.iterdir(), key=lambda path: path.stat().st_mtime):
        for raw in path.read_bytes().split(b"\n" + b"-" * 79 + b"\n"):
            message = email.message_from_bytes(raw.strip(), policy=policy.default)
            if message["To"] == address:
                newest = message
    assert newest is not None, f"no e-mail to {address}"
    return newest["Subject"], newest.get_body(("plain",)).get_content()


def link(text, kind):
    return re.search(rf"http://\S+/{kind}/\S+/", text)[0]


def sign_up_and_confirm(page, site_url, mail_folder, name, address):
    page.goto(site_url + TRAINING)
    form = page.locator("form.sign-up-form")
    form.get_by_label("Fornavn og etternavn").fill(name)
    form.get_by_label("E-postadressen din").fill(address)
    form.get_by_label("Arbeidssted (valgfritt)").fill("Sunnfjord kommune")
    consent = form.get_by_label(re.compile("Når du melder deg på arrangementet"))
    assert not consent.is_checked()
    consent.check()
    form.get_by_role("button", name="Meld deg på").click()
    assert page.locator("h1").inner_text() == "Sjekk innboksen din"

    _subject, text = newest_message_to(mail_folder, address)
    page.goto(link(text, "confirm"))
    page.get_by_role("button", name="Bekreft påmeldingen min").click()
    return page.get_by_role("status").inner_text()


def test_sign_up_confirm_cancel_and_the_next_one_gets_the_place(
    site_url, site_manage, page_without_javascript, mail_folder
):
    site_manage("shell", "-c", ONE_PLACE)
    page = page_without_javascript

    assert sign_up_and_confirm(page, site_url, mail_folder, "Kari Nordmann", "kari@sunnfjord.example").startswith(
        "Takk: plassen din er bekreftet."
    )
    subject, _text = newest_message_to(mail_folder, "kari@sunnfjord.example")
    assert subject == "Plassen din er bekreftet: SMUP-kurs, modul 1: indikatorer for offentlige tjenester"

    status = sign_up_and_confirm(page, site_url, mail_folder, "Ola Hansen", "ola@sunnfjord.example")
    assert status.startswith("Alle plassene er tatt, så du står på venteliste.")
    assert "nummer 1 på listen" in page.locator(".facts").inner_text()

    # Kari cannot come: she cancels from the link in her e-mail, and Ola gets the place.
    _subject, text = newest_message_to(mail_folder, "kari@sunnfjord.example")
    page.goto(link(text, "mine"))
    page.get_by_role("button", name="Meld meg av").click()
    assert page.get_by_role("status").inner_text() == "Påmeldingen din er avmeldt."
    subject, text = newest_message_to(mail_folder, "ola@sunnfjord.example")
    assert subject.startswith("En plass er blitt ledig for deg")
    page.goto(link(text, "mine"))
    assert "plass bekreftet" in page.locator(".facts").inner_text()
