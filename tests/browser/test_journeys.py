"""Visitors' journeys in a real browser, with JavaScript switched off."""

import re

import pytest

from home.demo import data

FIRST_RURAL_NEWS = next(news for news in data.NEWS if news.programme == "rozwoj-lokalny")


@pytest.mark.parametrize(
    ("language_code", "programmes_link"),
    [("pl", "Programy"), ("nb", "Programy")],  # nb shows the Polish tree until it is translated
)
def test_home_to_programme_to_its_news(site_url, page_without_javascript, language_code, programmes_link):
    page = page_without_javascript
    page.goto(f"{site_url}/{language_code}/")
    page.get_by_role("navigation", name=re.compile("Menu główne|Hovedmeny")).get_by_role(
        "link", name=programmes_link
    ).click()
    page.get_by_role("link", name="Rozwój Lokalny").first.click()
    assert page.locator("h1").inner_text() == "Rozwój Lokalny"
    page.get_by_role("link", name=FIRST_RURAL_NEWS.title).click()
    assert page.locator("h1").inner_text() == FIRST_RURAL_NEWS.title
    assert page.url.startswith(f"{site_url}/{language_code}/programy/rozwoj-lokalny/")
    assert page.locator("html").get_attribute("lang") == language_code


def test_skip_link_comes_first_and_leads_to_the_content(site_url, page_without_javascript):
    page = page_without_javascript
    page.goto(f"{site_url}/pl/")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.textContent.trim()")
    assert focused == "Przejdź do treści"
    page.keyboard.press("Enter")
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
