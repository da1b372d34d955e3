"""The search page answers every query with a page, in the request's language."""

import pytest

pytestmark = pytest.mark.django_db

HOSTILE_QUERIES = ["", " ", "x" * 5000, '"', "'", "&|!:*()", "a & b | !c", "\x00", "SMUP\x00CWD", "<script>", "%", "—"]


@pytest.mark.parametrize("query", HOSTILE_QUERIES, ids=repr)
def test_any_query_gives_a_page(client, query):
    response = client.get("/pl/szukaj/", {"q": query, "page": "abc"})
    assert response.status_code == 200


def test_bytes_that_are_not_utf8_give_a_page(client):
    assert client.get("/pl/szukaj/?q=%ff%fe%00").status_code == 200


def test_search_finds_a_news_item_by_its_words(client):
    html = client.get("/pl/szukaj/", {"q": "Sunnfjord"}).content.decode()
    assert "Umowa partnerska z norweskim Sunnfjord" in html
    assert 'class="search-result"' in html


def test_search_stays_in_the_request_language(client):
    html = client.get("/nb/sok/", {"q": "Sunnfjord"}).content.decode()
    assert "/nb/" in html
    assert 'href="/pl/programy' not in html
