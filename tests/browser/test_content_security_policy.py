"""The site obeys its own Content-Security-Policy: Chromium reports no violation on any public page."""

import pytest

from .pages import PUBLIC_PAGES


@pytest.fixture
def violations(browser):
    """A page that keeps what Chromium says about the policy, with that list."""
    context = browser.new_context()
    page = context.new_page()
    reported = []
    page.on(
        "console", lambda message: reported.append(message.text) if "Content Security Policy" in message.text else None
    )
    yield page, reported
    context.close()


def test_no_public_page_breaks_the_policy(site_url, violations):
    page, reported = violations
    for _name, path in PUBLIC_PAGES:
        page.goto(site_url + path)
        page.wait_for_load_state("load")
    assert reported == []


def test_the_policy_is_enforced(site_url, violations):
    page, reported = violations
    page.goto(site_url + "/pl/")
    with pytest.raises(Exception, match="Content Security Policy|inline"):
        page.add_script_tag(content="document.title = 'injected'")
    assert page.title() != "injected"
    assert any("inline script" in text for text in reported)
