"""The en and nb trees follow the Polish one when editors create, move, copy or unpublish pages."""

import pytest

from django.urls import reverse

from news.models import NewsPage
from programmes.models import ProgrammePage

pytestmark = pytest.mark.django_db

TRANSLATED = ("en", "nb")


def programme(slug):
    return ProgrammePage.objects.get(slug=slug, locale__language_code="pl")


def translations_of(page):
    return {version.locale.language_code: version for version in page.get_translations().select_related("locale")}


def test_page_created_in_the_admin_gets_aliases(admin_client):
    parent = programme("smup")
    url = reverse("wagtailadmin_pages:add", args=["news", "newspage", parent.pk])
    data = {"title": "Nowe szkolenia SMUP", "slug": "nowe-szkolenia-smup", "date": "2022-11-02", "lead": "Zapisy."}
    data.update({"body-count": "0", "action-publish": "1"})
    response = admin_client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    created = NewsPage.objects.get(slug="nowe-szkolenia-smup", locale__language_code="pl")
    parent_versions = translations_of(parent)
    for language_code, alias in translations_of(created).items():
        assert alias.alias_of_id == created.pk
        assert alias.get_parent().pk == parent_versions[language_code].pk
    assert set(translations_of(created)) == set(TRANSLATED)


@pytest.mark.parametrize("slug", ["miasto-cyfrowe-w-zabrzu", "nowy-cykl-szkolen-smup"], ids=["alias", "translation"])
def test_moving_a_polish_page_moves_its_aliases_and_translations(polish, slug):
    news = NewsPage.objects.get(slug=slug, locale=polish)
    news.move(programme("cwd-plus"), pos="last-child")
    parent_versions = translations_of(programme("cwd-plus"))
    for language_code, version in translations_of(news).items():
        new_parent = parent_versions[language_code]
        assert version.get_parent().pk == new_parent.pk
        assert version.url.startswith(new_parent.url)


def test_copying_a_polish_page_with_its_subpages_in_the_admin_creates_their_aliases(admin_client):
    index = programme("smup").get_parent()
    url = reverse("wagtailadmin_pages:copy", args=[programme("smup").pk])
    data = {
        "new_title": "SMUP 2023",
        "new_slug": "smup-2023",
        "new_parent_page": index.pk,
        "copy_subpages": "on",
        "publish_copies": "on",
    }
    response = admin_client.post(url, data)
    assert response.status_code == 302
    copy = programme("smup-2023")
    copied_pages = copy.get_descendants(inclusive=True)
    assert copied_pages.count() > 3  # the programme, its news and its event
    for copied in copied_pages:
        assert set(translations_of(copied)) == set(TRANSLATED), copied.title
    index_versions = translations_of(index)
    for language_code, alias in translations_of(copy).items():
        assert alias.get_parent().pk == index_versions[language_code].pk


def test_unpublishing_a_polish_page_hides_its_aliases(client, polish):
    news = NewsPage.objects.get(slug="miasto-cyfrowe-w-zabrzu", locale=polish)
    aliases = translations_of(news)
    assert all(alias.alias_of_id == news.pk for alias in aliases.values())
    news.unpublish()
    for alias in aliases.values():
        assert client.get(alias.url).status_code == 404
