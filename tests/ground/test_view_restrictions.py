"""A page under a view restriction asks for the password, wherever it lives and in every language,
although unrestricted pages skip Wagtail's look-up of restrictions (core.pages.KnownRestrictionsMixin)."""

from unittest import mock

import pytest

from wagtail.models import Page, PageViewRestriction

from core import querysets
from news.models import NewsPage
from programmes.models import ProgrammePage

pytestmark = pytest.mark.django_db

PASSWORD_FORM = "authenticate_with_password"


def news(language_code, slug="miasto-cyfrowe-w-zabrzu"):
    return NewsPage.objects.get(locale__language_code=language_code, slug=slug)


def asks_for_password(client, page):
    response = client.get(page.url)
    html = response.content.decode()
    assert response.status_code == 200, page.url
    return PASSWORD_FORM in html and page.specific.lead not in html


def untranslated_elsewhere(network):
    """A Norwegian alias of a Polish news item outside the network."""
    aliases = NewsPage.objects.filter(locale__language_code="nb", alias_of__isnull=False)
    return aliases.exclude(alias_of__path__startswith=network.path).exclude(slug="starachowice-z-wizyta-w-bergen")[0]


def restrict(page):
    return PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.PASSWORD, password="x")


def test_the_restricted_page_its_subtree_and_its_aliases_ask_for_the_password(client):
    network = news("pl").get_parent()
    alias = untranslated_elsewhere(network)
    assert not asks_for_password(client, news("pl"))
    restrict(network)
    restrict(alias.alias_of)
    assert asks_for_password(client, network)
    assert asks_for_password(client, news("pl"))
    assert asks_for_password(client, alias)  # restricted by its Polish source
    assert not asks_for_password(client, news("pl", "starachowice-z-wizyta-w-bergen"))


def test_every_page_has_the_restrictions_wagtail_finds(client):
    network = news("pl").get_parent()
    restrict(network)
    restrict(untranslated_elsewhere(network).alias_of)
    for page in Page.objects.filter(depth__gt=1).specific():
        assert set(page.get_view_restrictions()) == set(Page.get_view_restrictions(page)), page.url_path


def test_pages_moved_under_a_restriction_or_with_it_ask_for_the_password(client):
    restricted = ProgrammePage.objects.get(locale__language_code="pl", slug="cwd-plus")
    restrict(restricted)
    moved = news("pl", "nowy-cykl-szkolen-smup")
    assert not asks_for_password(client, moved)
    moved.move(restricted, pos="last-child")
    assert asks_for_password(client, news("pl", "nowy-cykl-szkolen-smup"))
    # The restricted programme itself moves, under another programme: its pages keep asking.
    restricted.refresh_from_db()
    restricted.move(ProgrammePage.objects.get(locale__language_code="pl", slug="smup"), pos="last-child")
    assert asks_for_password(client, news("pl", "nowy-cykl-szkolen-smup"))


def test_lifting_the_restriction_opens_the_pages_again(client):
    restriction = restrict(news("pl").get_parent())
    assert asks_for_password(client, news("pl"))
    restriction.delete()
    assert not asks_for_password(client, news("pl"))


def test_a_request_reads_the_restricted_paths_once_and_a_change_shows_on_the_next(client, settings):
    settings.PAGE_CACHE_ENABLED = False  # every request rendered
    home = Page.objects.get(depth=2, locale__language_code="pl")
    item = NewsPage.objects.live().filter(locale__language_code="pl", alias_of__isnull=True).order_by("-date")[0]
    client.get(home.url)
    with mock.patch.object(querysets, "cache", wraps=querysets.cache) as cache:
        assert item.title in client.get(home.url).content.decode()  # five listings and the page itself
        assert [call.args[0] for call in cache.get_or_set.call_args_list] == [querysets.RESTRICTED_PATHS_KEY]
        restrict(item)
        assert item.title not in client.get(home.url).content.decode()
