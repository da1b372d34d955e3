"""Suggestions as one types: an ARIA 1.2 combobox, usable by keyboard alone, with no axe violation;
without JavaScript the search box is a plain field."""

import pytest

from .test_accessibility import axe_violations

SUNNFJORD = "Umowa partnerska z norweskim Sunnfjord"


@pytest.fixture
def page(browser):
    context = browser.new_context(bypass_csp=True)  # for axe-core, an inline script
    yield context.new_page()
    context.close()


def type_into_the_header_search(page, site_url, text, expected):
    """The box, once the suggestions for the whole text (which include expected) are shown."""
    page.goto(f"{site_url}/pl/")
    box = page.get_by_role("combobox", name="Szukaj")
    box.focus()
    page.keyboard.type(text, delay=30)
    page.get_by_role("option", name=expected).wait_for()
    return box


def test_typing_offers_the_titles_and_the_keyboard_chooses_one(site_url, page):
    box = type_into_the_header_search(page, site_url, "Sunnf", SUNNFJORD)
    assert box.get_attribute("aria-expanded") == "true"
    options = page.get_by_role("option")
    assert SUNNFJORD in options.all_inner_texts()
    page.keyboard.press("ArrowDown")
    first = options.first
    assert box.get_attribute("aria-activedescendant") == first.get_attribute("id")
    assert first.get_attribute("aria-selected") == "true"
    title = first.inner_text()
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.get_by_role("heading", level=1).inner_text() == title


def test_escape_closes_and_enter_then_searches_as_typed(site_url, page):
    box = type_into_the_header_search(page, site_url, "Sunnf", SUNNFJORD)
    page.keyboard.press("Escape")
    assert box.get_attribute("aria-expanded") == "false"
    assert page.get_by_role("listbox", name="Podpowiedzi").is_hidden()
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert "/pl/szukaj/?q=Sunnf" in page.url


def test_the_open_suggestions_have_no_wcag_violations(site_url, page):
    type_into_the_header_search(page, site_url, "szkol", "Szkolenia SMUP ze Związkiem Powiatów Polskich")
    assert page.get_by_role("option").count() >= 3
    assert axe_violations(page) == []


def test_untranslated_pages_are_marked_in_norwegian_suggestions(site_url, page):
    page.goto(f"{site_url}/nb/")
    page.get_by_role("combobox", name="Søk").focus()
    page.keyboard.type("Zabrz", delay=30)
    page.get_by_role("listbox", name="Forslag").wait_for()
    option = page.get_by_role("option").first
    assert option.locator(".badge").inner_text() == "Polsk"
    assert option.locator("span[lang=pl]").count() == 1


def test_without_javascript_the_box_is_a_plain_search_field(site_url, page_without_javascript):
    page_without_javascript.goto(f"{site_url}/pl/")
    assert page_without_javascript.get_by_role("combobox").count() == 0
    assert page_without_javascript.get_by_role("searchbox", name="Szukaj").is_visible()
