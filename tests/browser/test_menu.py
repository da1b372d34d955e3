"""The main menu on a phone: folded behind a button with JavaScript, whole without it."""

import pytest

PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}


@pytest.fixture
def phone(browser):
    context = browser.new_context(viewport=PHONE)
    yield context.new_page()
    context.close()


def menu_links(page):
    return page.get_by_role("navigation", name="Menu główne").get_by_role("link")


def test_on_a_phone_the_menu_folds_and_opens_from_the_keyboard(site_url, phone):
    phone.goto(f"{site_url}/pl/")
    toggle = phone.get_by_role("button", name="Menu")
    assert toggle.get_attribute("aria-expanded") == "false"
    assert menu_links(phone).first.is_hidden()
    toggle.focus()
    phone.keyboard.press("Enter")
    assert toggle.get_attribute("aria-expanded") == "true"
    assert menu_links(phone).count() >= 7
    assert all(link.is_visible() for link in menu_links(phone).all())
    phone.get_by_role("link", name="Programy", exact=True).click()
    assert phone.url.endswith("/pl/programy/")


def test_the_folded_menu_takes_one_line_before_the_content(site_url, phone):
    phone.goto(f"{site_url}/pl/")
    menu = phone.get_by_role("navigation", name="Menu główne").bounding_box()
    assert menu["height"] < 60


def test_without_javascript_the_menu_is_whole_and_no_button_shows(site_url, browser):
    context = browser.new_context(viewport=PHONE, java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{site_url}/pl/")
    assert page.get_by_role("button", name="Menu").count() == 0
    assert all(link.is_visible() for link in menu_links(page).all())
    context.close()


def test_on_a_wide_screen_the_menu_is_never_folded(site_url, browser):
    context = browser.new_context(viewport=DESKTOP)
    page = context.new_page()
    page.goto(f"{site_url}/pl/")
    assert page.get_by_role("button", name="Menu").is_hidden()
    assert all(link.is_visible() for link in menu_links(page).all())
    context.close()
