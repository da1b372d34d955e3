"""What a Norwegian partner sees, with JavaScript off: the file's language, the funders, the feed,
a calendar that is never empty, and the privacy page and social profiles in the footer."""

import re

from demo import data


def test_documents_say_which_files_are_in_polish(site_url, page_without_javascript):
    page = page_without_javascript
    page.goto(f"{site_url}/nb/dokumenter/")
    downloads = page.locator(".download__meta")
    assert downloads.count() == 4
    assert [text.endswith("på polsk)") for text in downloads.all_inner_texts()] == [True, True, True, False]


def test_a_programme_shows_its_funders_feed_and_latest_events(site_url, page_without_javascript):
    page = page_without_javascript
    page.goto(f"{site_url}/nb/programmer/lokal-utvikling/")
    assert page.get_by_role("heading", name="Finansiering").is_visible()
    assert page.get_by_role("img", name="Norway grants", exact=True).is_visible()
    assert page.get_by_role("heading", name="Siste arrangementer").is_visible()
    assert page.get_by_role("link", name="Studiebesøk fra samarbeidspartnerne i Sunnfjord").first.is_visible()
    feed = page.get_by_role("link", name="Følg disse nyhetene i en feedleser (Atom)")
    response = page.request.get(site_url + feed.get_attribute("href"))
    assert response.headers["content-type"].startswith("application/atom+xml")


def test_the_footer_leads_to_the_privacy_page_and_the_profiles(site_url, page_without_javascript):
    page = page_without_javascript
    page.goto(f"{site_url}/nb/")
    footer = page.locator("footer")
    assert footer.get_by_role("heading", name="Hold deg oppdatert. Bli med oss!").is_visible()
    assert (
        footer.get_by_role("link", name="Foreningen på Facebook").get_attribute("href")
        == (data.SOCIAL_LINKS["facebook_url"])
    )
    footer.get_by_role("link", name="Personvern").click()
    assert re.search(r"/nb/personvern/$", page.url)
    assert page.get_by_role("heading", level=1).inner_text() == "Personvern"
