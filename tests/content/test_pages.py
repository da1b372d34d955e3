"""Every page type renders with the demo content, and the listings reach all of it."""

import re

import pytest

from django.template import Context, Template

from wagtail.images.models import Filter, Image
from wagtail.models import Locale, Page

from demo import data
from documents.models import DocumentIndexPage, PositionDocumentPage
from events.models import EventIndexPage, EventPage
from home.models import AccessibilityStatementPage, HomePage, StandardPage
from news.models import MultimediaPage, NewsIndexPage, NewsPage
from programmes.models import ProgrammeIndexPage, ProgrammePage

PAGE_TYPES = [
    HomePage,
    StandardPage,
    AccessibilityStatementPage,
    ProgrammeIndexPage,
    ProgrammePage,
    NewsIndexPage,
    NewsPage,
    MultimediaPage,
    DocumentIndexPage,
    PositionDocumentPage,
    EventIndexPage,
    EventPage,
]

pytestmark = pytest.mark.django_db


def page_in(model, language_code):
    # The first one made: a demo page, whatever tests add after it.
    return model.objects.live().filter(locale__language_code=language_code).order_by("pk").first()


def links_to(html, page):
    return f'href="{page.url}"' in html


@pytest.mark.parametrize("language_code", ["pl", "en", "nb"])
@pytest.mark.parametrize("model", PAGE_TYPES, ids=lambda model: model.__name__)
def test_every_page_type_renders(client, model, language_code):
    page = page_in(model, language_code)
    response = client.get(page.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{language_code}">' in html
    assert page.title in html


def test_all_urls_carry_a_language_prefix(db):
    for page in Page.objects.live().filter(depth__gt=1).specific():
        assert re.match(r"^/(pl|en|nb)/", page.url), page.url


def test_root_redirects_to_polish_by_default(client):
    response = client.get("/")
    assert response.status_code == 302
    assert response["Location"] == "/pl/"


def test_news_index_lists_all_24_seed_news_across_its_pages(client):
    index = page_in(NewsIndexPage, "pl")
    first, second = client.get(index.url), client.get(index.url, {"page": 2})
    html = first.content.decode() + second.content.decode()
    news = NewsPage.objects.filter(locale__language_code="pl")
    assert news.count() == len(data.NEWS) == 24
    for item in news:
        assert links_to(html, item), item.title
    assert "?page=2" in first.content.decode()


def test_document_index_lists_the_four_documents_with_a_download_link(client):
    html = client.get(page_in(DocumentIndexPage, "pl").url).content.decode()
    documents = PositionDocumentPage.objects.filter(locale__language_code="pl")
    assert documents.count() == 4
    for document in documents:
        assert links_to(html, document)
        assert f'href="{document.document.url}"' in html
        assert "PDF" in html
    assert html.count(">Pobierz<") == 4


def test_download_link_serves_the_pdf(client):
    document = page_in(PositionDocumentPage, "pl").document
    response = client.get(document.url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content).startswith(b"%PDF")


def test_event_index_lists_the_october_2022_events(client):
    html = client.get(page_in(EventIndexPage, "pl").url).content.decode()
    events = EventPage.objects.filter(locale__language_code="pl")
    assert events.count() == len(data.EVENTS) + len(data.SMUP_TRAININGS)
    for event in events:
        assert links_to(html, event), event.title


def test_october_2022_events_cover_exactly_the_seed_calendar_days(db):
    days = set()
    # The seed's events; the SMUP trainings open for sign-ups are dated from the day the demo is loaded.
    for event in EventPage.objects.filter(locale__language_code="pl", sign_up_places=None):
        days |= {event.start_date.day + offset for offset in range((event.end_date - event.start_date).days + 1)}
    assert days == {20, 21, 22, 23, 24, 25, 27, 28}


def test_programme_page_shows_news_of_its_networks(client):
    empirie = ProgrammePage.objects.get(slug="empirie", locale__language_code="pl")
    html = client.get(empirie.url).content.decode()
    network_news = NewsPage.objects.filter(locale__language_code="pl").descendant_of(empirie)
    assert network_news.count() == 5
    for item in network_news:
        assert links_to(html, item)
    assert "Miasto cyfrowe" in html  # its thematic networks are listed


def test_programme_page_shows_news_that_name_it_as_related(client):
    network = ProgrammePage.objects.get(slug="zasoby-miast-finanse", locale__language_code="pl")
    related = NewsPage.objects.get(slug="zasoby-miast-na-forum-rozwoju-lokalnego", locale__language_code="pl")
    assert links_to(client.get(network.url).content.decode(), related)


def test_multimedia_page_gathers_the_news_galleries(client):
    html = client.get(page_in(MultimediaPage, "pl").url).content.decode()
    with_gallery = [news for news in data.NEWS if news.gallery]
    for news in with_gallery:
        assert news.title in html
    assert html.count('class="block-gallery"') == len(with_gallery)


def test_news_page_shows_its_places_and_date(client):
    page = NewsPage.objects.get(slug="starachowice-z-wizyta-w-bergen", locale__language_code="pl")
    html = client.get(page.url).content.decode()
    assert "Bergen" in html and "Starachowice" in html
    assert "30 września 2022" in html


@pytest.mark.parametrize("language_code", ["pl", "nb"])
def test_breadcrumbs_lead_from_the_home_page_to_the_page(client, language_code):
    polish = NewsPage.objects.get(slug="starachowice-z-wizyta-w-bergen", locale__language_code="pl")
    news = polish.get_translation(Locale.objects.get(language_code=language_code))
    html = client.get(news.url).content.decode()
    breadcrumbs = re.search(r'<nav class="breadcrumbs.*?</nav>', html, re.DOTALL)[0]
    ancestors = news.get_ancestors().filter(depth__gt=1)
    assert [page.depth for page in ancestors] == [2, 3, 4]  # home, programmes, the programme
    assert re.findall(r'<a href="([^"]+)"', breadcrumbs) == [page.url for page in ancestors]
    assert re.search(rf'<span aria-current="page"[^>]*>{re.escape(news.title)}</span>', breadcrumbs)


def test_footer_carries_the_data_controller_notice_behind_a_toggle(client):
    html = client.get(page_in(HomePage, "pl").url).content.decode()
    assert "<details" in html
    assert "Administratorem Pani/Pana danych osobowych jest Związek Miast Polskich" in html
    assert "ul. Robocza 42" in html


@pytest.mark.parametrize("path", ["/pl/nie-ma-takiej-strony/", "/xx/", "/nb-NO/", "/pl/%ff/", "/pl/%00/"])
def test_unknown_page_is_a_404_in_the_site_layout(client, path):
    response = client.get(path, follow=True)  # Django's LocaleMiddleware may first redirect to /pl/…
    assert response.status_code == 404
    assert 'class="site-footer"' in response.content.decode()


A11Y_STATEMENT_IDS = [
    "a11y-wstep", "a11y-podmiot", "a11y-url", "a11y-data-publikacja", "a11y-data-aktualizacja", "a11y-status",
    "a11y-data-sporzadzenie", "a11y-kontakt", "a11y-osoba", "a11y-email", "a11y-telefon", "a11y-procedura",
    "a11y-architektura", "a11y-aplikacje",
]  # fmt: skip


@pytest.mark.parametrize("language_code", ["pl", "en", "nb"])
def test_accessibility_statement_has_the_required_elements_and_is_linked_from_every_footer(client, language_code):
    statement = page_in(AccessibilityStatementPage, language_code)
    html = client.get(statement.url).content.decode()
    for element_id in A11Y_STATEMENT_IDS:
        assert f'id="{element_id}"' in html, element_id
    assert '<span id="a11y-data-publikacja">2022-06-01</span>' in html
    assert (
        f'<a href="{statement.url}">{statement.title}</a>'
        in client.get(page_in(NewsPage, language_code).url).content.decode()
    )


PRIVACY_PAGES = {"pl": "/pl/ochrona-danych-osobowych/", "en": "/en/data-protection/", "nb": "/nb/personvern/"}
JOIN_US = {
    "pl": "Bądź na bieżąco. Dołącz do nas!",
    "en": "Stay up to date. Join us!",
    "nb": "Hold deg oppdatert. Bli med oss!",
}


@pytest.mark.parametrize("language_code", ["pl", "en", "nb"])
def test_every_footer_links_the_privacy_page_and_the_social_profiles_in_its_language(client, language_code):
    html = client.get(page_in(EventPage, language_code).url).content.decode()
    footer = html[html.index('class="site-footer"') :]
    assert f'<a href="{PRIVACY_PAGES[language_code]}">' in footer
    assert JOIN_US[language_code] in footer
    for url in data.SOCIAL_LINKS.values():
        assert f'<a href="{url}" rel="me">' in footer


def test_without_its_translation_the_polish_privacy_page_is_linked_and_unpublished_none(client):
    StandardPage.objects.get(url_path__endswith="/personvern/").unpublish()
    footer = client.get("/nb/").content.decode().split('class="site-footer"')[1]
    assert '<a href="/pl/ochrona-danych-osobowych/" lang="pl">Ochrona danych osobowych</a>' in footer
    for page in StandardPage.objects.filter(slug__in=["ochrona-danych-osobowych", "data-protection"]):
        page.unpublish()
    footer = client.get("/en/").content.decode().split('class="site-footer"')[1]
    assert "ochrona-danych-osobowych" not in footer and "data-protection" not in footer


@pytest.mark.parametrize("model", [NewsIndexPage, ProgrammePage])
def test_news_listings_show_a_link_to_their_feed(client, model):
    page = page_in(model, "nb")
    html = client.get(page.url).content.decode()
    link = re.search(r'<p class="feed-subscribe"><a href="([^"]+)" type="application/atom\+xml">([^<]+)</a>', html)
    assert link and link[2] == "Følg disse nyhetene i en feedleser (Atom)"
    feed = client.get(link[1])
    assert feed["Content-Type"].startswith("application/atom+xml") and b"<entry>" in feed.content


def download_notes(html):
    return re.findall(r'<span class="download__meta">\(PDF, [\d,.]+\s\w+(?:, <strong>([^<]+)</strong>)?\)</span>', html)


@pytest.mark.parametrize(
    ("language_code", "notes"),
    [("nb", ["på polsk", "på polsk", "på polsk", ""]), ("en", ["in Polish"] * 4), ("pl", [""] * 4)],
)
def test_a_download_says_when_the_file_is_not_in_the_pages_language(client, language_code, notes):
    """The Norwegian UC 130 opinion has a PDF of its own; every other translation hands out the Polish file."""
    html = client.get(page_in(DocumentIndexPage, language_code).url).content.decode()
    assert download_notes(html) == notes


def test_a_document_page_marks_the_language_of_its_file(client):
    with_polish_file = PositionDocumentPage.objects.get(slug="position-spatial-planning")
    html = client.get(with_polish_file.url).content.decode()
    assert download_notes(html) == ["in Polish"] and 'hreflang="pl"' in html
    with_own_file = PositionDocumentPage.objects.get(slug="uttalelse-vannforsyning-uc-130")
    html = client.get(with_own_file.url).content.decode()
    assert download_notes(html) == [""] and "hreflang" not in html.split('class="download"')[1]


def test_images_come_in_sizes_and_as_webp_with_their_dimensions(client):
    html = client.get(page_in(ProgrammeIndexPage, "pl").url).content.decode()
    picture = html[html.index("<picture>") : html.index("</picture>")]
    assert 'type="image/webp"' in picture
    assert "400w" in picture and "800w" in picture
    img = picture[picture.index("<img") :]
    assert 'width="400"' in img and 'height="200"' in img
    assert 'loading="lazy"' in img  # the cards are below the fold


def test_an_image_tag_builds_its_filters_once_not_on_every_render(monkeypatch):
    """Wagtail's tags make new Filters on every render; ours keep those of their specs."""
    built = []
    wagtail_init = Filter.__init__

    def counted_init(filter_, spec=None):
        built.append(spec)
        wagtail_init(filter_, spec)

    monkeypatch.setattr(Filter, "__init__", counted_init)
    template = Template(
        "{% load images %}{% picture photo format-{webp,png} width-{100,200} %} {% image photo width-50 %}"
    )
    built_with_the_template = len(built)
    photo = Image.objects.first()
    html = [template.render(Context({"photo": photo})) for _render in range(2)]
    assert len(built) == built_with_the_template == 5  # four of the picture, one of the image
    assert html[0] == html[1]
    assert 'type="image/webp"' in html[0] and "200w" in html[0] and 'width="50"' in html[0]


def test_a_shared_link_has_a_preview_and_every_page_an_icon(client):
    """Messengers and social sites read OpenGraph; browsers ask for an icon on every page."""
    news = NewsPage.objects.get(slug="miasto-cyfrowe-w-zabrzu", locale__language_code="pl")
    html = client.get(news.url).content.decode()
    assert f'<meta name="description" content="{news.lead[:50]}' in html
    assert f'<meta property="og:title" content="{news.title}">' in html
    assert f'<meta property="og:url" content="http://testserver{news.url}">' in html
    assert '<meta name="twitter:card" content="summary">' in html
    icon = re.search(r'<link rel="icon" href="([^"]+)"', html)[1]
    assert client.get(icon).status_code == 200
