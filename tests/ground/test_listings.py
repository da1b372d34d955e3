"""Listings paginate and filter, and odd query strings give a page, never an error."""

import pytest

from documents.models import DocumentIndexPage, PositionDocumentPage
from events.models import EventIndexPage
from home.models import HomePage
from news.models import MultimediaPage, NewsIndexPage, NewsPage
from programmes.models import ProgrammeIndexPage, ProgrammePage
from tests.content.test_pages import links_to, page_in

pytestmark = pytest.mark.django_db

ODD_PARAMETERS = [
    {"page": "abc"},
    {"page": "-1"},
    {"page": "0"},
    {"page": "999999999999"},
    {"page": "1e3"},
    {"year": "x"},
    {"year": "99999999999999999999"},
    {"programme": "999999"},
    {"programme": "99999999999999999999999"},
    {"programme": "abc"},
    {"kind": "<script>"},
    {"city": "\u0000"},
]


@pytest.mark.parametrize("parameters", ODD_PARAMETERS, ids=str)
@pytest.mark.parametrize("model", [NewsIndexPage, DocumentIndexPage, EventIndexPage, MultimediaPage])
def test_odd_parameters_give_a_page(client, model, parameters):
    response = client.get(page_in(model, "pl").url, parameters)
    assert response.status_code in (200, 404)


def test_unknown_programme_is_reported_not_silently_applied(client):
    html = client.get(page_in(NewsIndexPage, "pl").url, {"programme": "999999"}).content.decode()
    assert "Niektóre filtry były nieprawidłowe" in html


def test_news_filter_by_programme_includes_its_networks_and_related_news(client):
    index = page_in(NewsIndexPage, "pl")
    empirie = ProgrammePage.objects.get(slug="empirie", locale=index.locale)
    html = client.get(index.url, {"programme": empirie.pk}).content.decode()
    expected = NewsPage.objects.filter(locale=index.locale).in_programme(empirie)
    assert expected.count() == 6  # five news of its networks, one that names a network as related
    for item in NewsPage.objects.filter(locale=index.locale):
        assert links_to(html, item) == (item in expected), item.title


def test_a_programmes_news_are_found_without_a_subquery_beside_the_tree(polish):
    """A subquery beside the tree condition kept PostgreSQL from the path index: a programme with few
    news made it read every news item by date (news.models.NewsQuerySet.in_programme)."""
    empirie = ProgrammePage.objects.get(slug="empirie", locale=polish)
    news = NewsPage.objects.listed_under(empirie).cards()[:10]
    assert str(news.query).count("SELECT") == 1
    assert len(news) == 6


def test_news_filter_by_year(client, polish):
    index = page_in(NewsIndexPage, "pl")
    NewsPage.objects.filter(slug="ukrainscy-samorzadowcy-na-stazach", locale=polish).update(date="2021-05-05")
    html = client.get(index.url, {"year": "2021"}).content.decode()
    assert "Ukraińscy samorządowcy" in html
    assert "Umowa partnerska z norweskim Sunnfjord" not in html


def test_news_index_paginates_twelve_per_page(client):
    index = page_in(NewsIndexPage, "pl")
    second = client.get(index.url, {"page": 2}).content.decode()
    assert second.count('class="card"') == 24 - 12
    assert "Strona 2 z 2" in second


def test_pagination_keeps_the_filters(client):
    index = page_in(NewsIndexPage, "pl")
    html = client.get(index.url, {"year": "2022"}).content.decode()
    assert "?year=2022&amp;page=2" in html


def test_document_filter_by_kind(client):
    index = page_in(DocumentIndexPage, "pl")
    html = client.get(index.url, {"kind": "opinion"}).content.decode()
    for document in PositionDocumentPage.objects.filter(locale=index.locale):
        assert links_to(html, document) == (document.kind == "opinion")


def test_event_filter_by_city(client):
    html = client.get(page_in(EventIndexPage, "pl").url, {"city": "Tarnów"}).content.decode()
    assert "Warsztaty sieci EMPIRIE – Miasto obywateli" in html
    assert "Konferencja programu CWD Plus" not in html


def test_a_field_error_is_tied_to_its_field(client):
    html = client.get(page_in(NewsIndexPage, "pl").url, {"programme": "999999"}).content.decode()
    assert 'aria-describedby="id_programme-error"' in html and 'aria-invalid="true"' in html
    assert '<p class="field-error" id="id_programme-error">' in html


@pytest.mark.parametrize("language_code", ["pl", "en", "nb"])
def test_the_home_page_shows_the_programmes_and_not_their_networks(client, language_code):
    home = page_in(HomePage, language_code)
    html = client.get(home.url).content.decode()
    start = html.index('id="home-programmes-heading"')
    section = html[start : html.index("</section>", start)]
    programmes = ProgrammePage.objects.live().filter(locale=home.locale)
    parent_types = {programme: programme.get_parent().specific_class for programme in programmes}
    top_level = [programme for programme, parent_type in parent_types.items() if parent_type is ProgrammeIndexPage]
    networks = [programme for programme, parent_type in parent_types.items() if parent_type is ProgrammePage]
    assert top_level and networks
    assert all(links_to(section, programme) for programme in top_level)
    assert not any(links_to(section, network) for network in networks)
