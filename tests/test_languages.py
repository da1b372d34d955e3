"""Language routing and truthful language markup on Polish pages, translations and aliases."""

import re

import pytest

from wagtail.models import Locale

from news.models import NewsIndexPage, NewsPage
from programmes.models import ProgrammePage
from tests.translating import translate

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("accept_language", "expected"),
    [
        ("nb", "/nb/"),
        ("nb-NO,nb;q=0.9,en;q=0.5", "/nb/"),
        ("no", "/nb/"),
        ("nn-NO", "/nb/"),
        ("en-GB,en;q=0.8", "/en/"),
        ("en-US", "/en/"),
        ("de-DE,de;q=0.9", "/pl/"),
        ("pl-PL", "/pl/"),
        ("", "/pl/"),
        ("*;q=0.1, garbage;;;", "/pl/"),
    ],
)
def test_root_redirects_by_accept_language(client, accept_language, expected):
    response = client.get("/", headers={"accept-language": accept_language})
    assert response.status_code == 302
    assert response["Location"] == expected
    assert "Accept-Language" in response["Vary"]


@pytest.mark.parametrize("path", ["/xx/", "/nb-NO/", "/nb-no/aktualnosci/", "/aktualnosci/", "/de/"])
def test_unknown_language_prefix_is_not_found(client, path):
    assert client.get(path).status_code == 404


def html_of(client, page):
    return client.get(page.url).content.decode()


def smup(language_code):
    return ProgrammePage.objects.get(slug="smup", locale__language_code=language_code)


def test_polish_page_points_at_itself_and_marks_aliases_in_the_switcher(client):
    html = html_of(client, smup("pl"))
    assert '<html lang="pl">' in html
    assert '<link rel="canonical" href="http://testserver/pl/programy/smup/">' in html
    assert re.findall(r'hreflang="([\w-]+)" href', html) == ["pl", "x-default"]
    assert "<h1>System Monitorowania" in html  # Polish text on a Polish page needs no lang of its own
    assert 'hreflang="nb" lang="nb">Norsk bokmål</a> <span class="language-switcher__note">(po polsku)</span>' in html
    assert "untranslated-notice" not in html


def test_alias_shows_the_polish_text_honestly(client):
    html = html_of(client, smup("nb"))
    assert '<html lang="nb">' in html
    assert '<h1 lang="pl">System Monitorowania Usług Publicznych (SMUP)</h1>' in html
    assert "Denne siden er ikke oversatt til norsk ennå" in html
    assert 'href="/pl/programy/smup/" hreflang="pl"' in html
    assert '<link rel="canonical" href="http://testserver/pl/programy/smup/">' in html
    assert 'hreflang="nb" href' not in html  # an alias is no alternate
    assert "Hovedmeny" in html and "Forside" in html  # the chrome is Norwegian


def test_translation_is_its_own_canonical_and_an_alternate(client):
    nb = Locale.objects.get(language_code="nb")
    source = smup("pl")
    translated = translate(
        source,
        nb,
        {
            source.title: "Overvåkingssystem for offentlige tjenester (SMUP)",
            source.slug: "smup-opplaering",
            source.lead: "Gratis opplæring for ansatte i kommunene.",
        },
    )
    html = html_of(client, translated)
    assert translated.url == "/nb/programy/smup-opplaering/"
    assert "<h1>Overvåkingssystem for offentlige tjenester (SMUP)</h1>" in html
    assert "untranslated-notice" not in html
    assert f'<link rel="canonical" href="http://testserver{translated.url}">' in html
    assert re.findall(r'hreflang="([\w-]+)" href', html) == ["pl", "nb", "x-default"]
    polish_html = html_of(client, source)
    assert f'href="{translated.url}" hreflang="nb" lang="nb">Norsk bokmål</a>\n' in polish_html


def test_listing_marks_untranslated_items_as_polish(client):
    index = NewsIndexPage.objects.get(locale__language_code="en")
    html = html_of(client, index)
    news_titles = NewsPage.objects.filter(locale__language_code="pl").values_list("title", flat=True)
    marked = re.findall(r'<a href="/en/[^"]*" lang="pl">([^<]*)</a> <span class="badge">in Polish</span>', html)
    assert len(marked) == 12  # the whole first page
    assert set(marked) <= set(news_titles)


def test_every_chrome_string_of_a_norwegian_page_is_norwegian(client):
    html = html_of(client, NewsIndexPage.objects.get(locale__language_code="nb"))
    for norwegian in ("Hovedmeny", "Gå til hovedinnholdet", "Søk", "Alle programmer", "Alle år", "Filtrer", "Kontakt"):
        assert norwegian in html, norwegian
    for leftover in ("Main menu", "Skip to main content", "Menu główne", "Szukaj", "Filtruj", "Wszystkie"):
        assert leftover not in html, leftover


def test_english_alias_says_so_in_english(client):
    html = html_of(client, smup("en"))
    assert '<html lang="en">' in html
    assert "This page has not been translated into English yet." in html
