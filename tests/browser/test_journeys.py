"""Visitors' journeys in a real browser, with JavaScript switched off."""

import email
import re
from email import policy

import icalendar
import pytest

from demo import data, translations

from .conftest import EDITOR

SUNNFJORD = next(news for news in data.NEWS if "Sunnfjord" in news.places)
JOURNEYS = {
    # language: (menu, programmes link, programme, news title, path of the news)
    "pl": ("Menu główne", "Programy", "Rozwój Lokalny", SUNNFJORD.title, "/pl/programy/rozwoj-lokalny/"),
    "nb": (
        "Hovedmeny",
        "Programmer",
        "Lokal utvikling",
        translations.TEXTS[SUNNFJORD.title][translations.NB],
        "/nb/programmer/lokal-utvikling/",
    ),
}


@pytest.mark.parametrize("language_code", JOURNEYS)
def test_home_to_programme_to_its_news(site_url, page_without_javascript, language_code):
    menu, programmes, programme, news_title, news_path = JOURNEYS[language_code]
    page = page_without_javascript
    page.goto(f"{site_url}/{language_code}/")
    page.get_by_role("navigation", name=menu).get_by_role("link", name=programmes).click()
    page.get_by_role("link", name=programme).first.click()
    assert page.locator("h1").inner_text() == programme
    page.get_by_role("link", name=news_title).click()
    assert page.locator("h1").inner_text() == news_title
    assert page.url.startswith(f"{site_url}{news_path}")
    assert page.locator("html").get_attribute("lang") == language_code


def test_switching_language_on_an_untranslated_page_says_so(site_url, page_without_javascript):
    page = page_without_javascript
    page.goto(f"{site_url}/pl/")
    page.get_by_role("link", name="Multimedia").first.click()
    page.get_by_role("link", name=data.NEWS[0].title).click()
    page.get_by_role("navigation", name="Język").get_by_role("link", name="Norsk bokmål").click()
    assert page.locator("html").get_attribute("lang") == "nb"
    assert page.locator("h1").get_attribute("lang") == "pl"
    assert "ikke oversatt til norsk" in page.locator(".untranslated-notice").inner_text()


def test_skip_link_comes_first_and_leads_to_the_content(site_url, page_without_javascript):
    page = page_without_javascript
    page.goto(f"{site_url}/pl/")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.textContent.trim()")
    assert focused == "Przejdź do treści"
    page.keyboard.press("Enter")
    page.wait_for_url(f"{site_url}/pl/#main")  # the jump may land after press() returns, on a busy machine
    assert page.url.endswith("#main")


def test_filter_documents_and_download_the_pdf(site_url, page_without_javascript):
    page = page_without_javascript
    page.goto(f"{site_url}/pl/dokumenty/")
    page.get_by_label("Rodzaj").select_option("opinion")
    page.get_by_role("button", name="Filtruj").click()
    assert "kind=opinion" in page.url
    entries = page.locator("article.card")
    assert entries.count() == 1
    with page.expect_download() as download_info:
        entries.first.get_by_role("link", name=re.compile("Pobierz")).click()
    download = download_info.value
    assert download.suggested_filename.endswith(".pdf")
    with open(download.path(), "rb") as pdf:
        assert pdf.read(4) == b"%PDF"


def test_calendar_day_to_event_to_its_ics(site_url, page_without_javascript):
    page = page_without_javascript
    page.goto(f"{site_url}/pl/kalendarz/?month=2022-09")
    page.get_by_role("link", name=re.compile("Następny miesiąc")).click()
    assert page.locator("caption").first.inner_text() == "Październik 2022"
    page.get_by_role("link", name=re.compile("21 października 2022")).click()
    page.get_by_role("link", name="Wizyta studyjna partnerów z Sunnfjord").first.click()
    with page.expect_download() as download_info:
        page.get_by_role("link", name=re.compile("Dodaj do mojego kalendarza")).click()
    with open(download_info.value.path(), "rb") as ics:
        (event,) = icalendar.Calendar.from_ical(ics.read()).walk("VEVENT")
    assert str(event["summary"]) == "Wizyta studyjna partnerów z Sunnfjord"


def test_editor_creates_news_under_a_programme_and_submits_it_for_moderation(site_url, browser):
    context = browser.new_context()  # the Wagtail admin needs JavaScript
    page = context.new_page()
    page.goto(f"{site_url}/admin/login/")
    page.fill("#id_username", EDITOR[0])
    page.fill("#id_password", EDITOR[1])
    page.locator("form button[type=submit]").click()
    page.wait_for_url(f"{site_url}/admin/")
    page.goto(f"{site_url}/pl/programy/smup/")
    # The user bar (in a shadow root, which Playwright's locators reach) knows the programme's id.
    edit_link = page.locator("wagtail-userbar a[href*='/edit/']").first.get_attribute("href")
    programme_id = re.search(r"/admin/pages/(\d+)/edit/", edit_link)[1]
    page.goto(f"{site_url}/admin/pages/add/news/newspage/{programme_id}/")
    page.fill("#id_title", "Szkolenia SMUP w grudniu")
    page.fill("#id_lead", "Zapraszamy na grudniowe szkolenia.")
    page.get_by_role("tab", name="Promote").click()
    page.fill("#id_slug", "szkolenia-smup-w-grudniu")
    with page.expect_navigation():  # "Submit to …" sits in the dropdown of the action menu
        page.evaluate("document.querySelector('button[name=action-submit]').click()")
    errors = page.locator(".w-field--error").all_inner_texts()
    assert "submitted" in page.locator(".messages").inner_text().lower(), errors
    response = page.goto(f"{site_url}/pl/programy/smup/szkolenia-smup-w-grudniu/")
    assert response.status == 404  # waiting for a moderator, not published
    context.close()


def test_search_for_a_document_filter_by_type_and_download_it(site_url, page_without_javascript):
    page = page_without_javascript
    page.goto(f"{site_url}/nb/")
    page.get_by_role("search").first.get_by_role("searchbox").fill("vannforsyning")
    page.get_by_role("search").first.get_by_role("button").click()
    page.get_by_label("Type").select_option("document")
    page.get_by_role("button", name="Søk").last.click()
    assert "type=document" in page.url
    first_result = page.locator(".search-result").first
    assert "<mark>" in first_result.inner_html()
    first_result.get_by_role("link").first.click()
    with page.expect_download() as download_info:
        page.get_by_role("link", name=re.compile("Last ned")).click()
    assert download_info.value.suggested_filename.startswith("uttalelse-vannforsyning-uc-130")


def confirmation_link(mail_folder, address):
    """The confirmation link of the newest e-mail to address, from the server's mail files."""
    for path in sorted(mail_folder.iterdir(), key=lambda path: path.stat().st_mtime, reverse=True):
        for raw in path.read_bytes().split(b"\n" + b"-" * 79 + b"\n"):
            message = email.message_from_bytes(raw.strip(), policy=policy.default)
            if message["To"] == address:
                return re.search(r"http://\S+/confirm/\S+/", message.get_body(("plain",)).get_content())[0]
    raise AssertionError(f"no e-mail to {address}")


NEWSLETTER = {
    "pl": {
        "address": "Twój adres e-mail",
        "consent": "Zapisując się do naszego newslettera",
        "subscribe": "Zapisz się",
        "check_inbox": "Sprawdź skrzynkę pocztową",
        "confirm": "Potwierdzam zapis",
        "confirmed": "Dziękujemy: Twoja subskrypcja jest potwierdzona.",
        "unsubscribe": "Wypisz się",
        "unsubscribed": "Wypisano Cię z newslettera",
        "erase": "Usuń moje dane",
        "erase_confirmation": "Tak, usuń mój adres i wszystkie zapisane z nim dane",
        "erased": "Twoje dane zostały usunięte",
    },
    "nb": {
        "address": "E-postadressen din",
        "consent": "Når du abonnerer på nyhetsbrevet vårt",
        "subscribe": "Abonner",
        "check_inbox": "Sjekk innboksen din",
        "confirm": "Bekreft abonnementet",
        "confirmed": "Takk: abonnementet ditt er bekreftet.",
        "unsubscribe": "Meld av",
        "unsubscribed": "Du er meldt av",
        "erase": "Slett opplysningene mine",
        "erase_confirmation": "Ja, slett adressen min og alt som er lagret sammen med den",
        "erased": "Opplysningene dine er slettet",
    },
}


@pytest.mark.parametrize("language_code", NEWSLETTER)
def test_subscribe_confirm_unsubscribe_and_erase(site_url, page_without_javascript, mail_folder, language_code):
    text, address = NEWSLETTER[language_code], f"czytelnik-{language_code}@example.org"
    page = page_without_javascript
    page.goto(f"{site_url}/{language_code}/")
    footer = page.get_by_role("contentinfo")
    footer.get_by_label(text["address"]).fill(address)
    consent = footer.get_by_label(re.compile(text["consent"]))
    assert not consent.is_checked()
    consent.check()
    with page.expect_navigation():
        footer.get_by_role("button", name=text["subscribe"], exact=True).click()
    assert page.locator("h1").inner_text() == text["check_inbox"]

    page.goto(confirmation_link(mail_folder, address))
    page.get_by_role("button", name=text["confirm"]).click()
    assert page.get_by_role("status").inner_text() == text["confirmed"]
    page.get_by_role("button", name=text["unsubscribe"], exact=True).click()
    assert text["unsubscribed"] in page.get_by_role("status").inner_text()

    erase_confirmation = page.get_by_label(text["erase_confirmation"])
    page.get_by_role("button", name=text["erase"]).click()
    # The browser itself refuses to send the form until the box is ticked.
    assert erase_confirmation.evaluate("box => box.validity.valueMissing")
    erase_confirmation.check()
    page.get_by_role("button", name=text["erase"]).click()
    assert page.locator("h1").inner_text() == text["erased"]
