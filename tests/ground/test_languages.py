"""Language routing and truthful language markup on Polish pages, translations and aliases."""

import datetime
import re

import pytest

from django.template import Context, Template, defaultfilters
from django.utils import timezone
from django.utils.translation import override

from wagtail.users.models import UserProfile
from wagtail_localize.models import Translation

from core.templatetags import dates
from documents.models import PositionDocumentPage
from events.models import EventIndexPage
from news.models import NewsIndexPage, NewsPage
from programmes.models import ProgrammePage
from tests.content.test_pages import PAGE_TYPES
from tests.factories import signed_in_with_second_factor

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


def zabrze_news(language_code):
    """A news item the demo leaves untranslated: an alias in en and nb."""
    return NewsPage.objects.get(slug="miasto-cyfrowe-w-zabrzu", locale__language_code=language_code)


def smup(language_code):
    """A programme the demo translates into en and nb."""
    return ProgrammePage.objects.get(
        translation_key=ProgrammePage.objects.get(slug="smup", locale__language_code="pl").translation_key,
        locale__language_code=language_code,
    )


def test_polish_page_points_at_itself_and_marks_aliases_in_the_switcher(client):
    page = zabrze_news("pl")
    html = html_of(client, page)
    assert '<html lang="pl">' in html
    assert f'<link rel="canonical" href="http://testserver{page.url}">' in html
    assert re.findall(r'hreflang="([\w-]+)" href', html) == ["pl", "x-default"]
    assert "<h1>EMPIRIE „Miasto cyfrowe” w Zabrzu</h1>" in html  # Polish on a Polish page needs no lang
    assert 'hreflang="nb" lang="nb">Norsk bokmål</a> <span class="language-switcher__note">(po polsku)</span>' in html
    assert "untranslated-notice" not in html


def test_alias_shows_the_polish_text_honestly(client):
    source = zabrze_news("pl")
    html = html_of(client, zabrze_news("nb"))
    assert '<html lang="nb">' in html
    assert '<h1 lang="pl">EMPIRIE „Miasto cyfrowe” w Zabrzu</h1>' in html
    assert '<div class="page-body" lang="pl">' in html
    assert "Denne siden er ikke oversatt til norsk ennå" in html
    assert f'href="{source.url}" hreflang="pl"' in html
    assert f'<link rel="canonical" href="http://testserver{source.url}">' in html
    assert 'hreflang="nb" href' not in html  # an alias is no alternate
    assert "Hovedmeny" in html and "Forside" in html  # the chrome is Norwegian
    assert '<a href="/nb/programmer/" lang' not in html  # translated menu items need no lang of their own


def test_english_alias_says_so_in_english(client):
    html = html_of(client, zabrze_news("en"))
    assert '<html lang="en">' in html
    assert "This page has not been translated into English yet." in html


def test_translation_is_its_own_canonical_and_an_alternate(client):
    translated, source = smup("nb"), smup("pl")
    html = html_of(client, translated)
    assert translated.url == "/nb/programmer/smup/"
    assert "<h1>Overvåkingssystem for offentlige tjenester (SMUP)</h1>" in html
    assert "untranslated-notice" not in html
    assert f'<link rel="canonical" href="http://testserver{translated.url}">' in html
    assert re.findall(r'hreflang="([\w-]+)" href', html) == ["pl", "en", "nb", "x-default"]
    assert f'hreflang="x-default" href="http://testserver{source.url}"' in html
    polish_html = html_of(client, source)
    assert f'href="{translated.url}" hreflang="nb" lang="nb">Norsk bokmål</a>\n' in polish_html


def test_listing_marks_untranslated_items_as_polish(client):
    html = html_of(client, NewsIndexPage.objects.get(locale__language_code="en"))
    marked = re.findall(r'<a href="/en/[^"]*" lang="pl">([^<]*)</a> <span class="badge">in Polish</span>', html)
    unmarked = re.findall(r'<a href="/en/[^"]*">([^<]*)</a>\s*</h3>', html)
    polish_titles = set(NewsPage.objects.filter(locale__language_code="pl").values_list("title", flat=True))
    english_titles = set(
        NewsPage.objects.filter(locale__language_code="en", alias_of__isnull=True).values_list("title", flat=True)
    )
    assert marked and unmarked
    assert len(marked) + len(unmarked) == 12  # the whole first page
    assert set(marked) <= polish_titles
    assert set(unmarked) <= english_titles


def test_every_chrome_string_of_a_norwegian_page_is_norwegian(client):
    html = html_of(client, NewsIndexPage.objects.get(locale__language_code="nb"))
    for norwegian in ("Hovedmeny", "Gå til hovedinnholdet", "Søk", "Alle programmer", "Alle år", "Filtrer", "Kontakt"):
        assert norwegian in html, norwegian
    for leftover in ("Main menu", "Skip to main content", "Menu główne", "Szukaj", "Filtruj", "Wszystkie"):
        assert leftover not in html, leftover


def test_demo_translations_are_complete_in_the_translation_editor():
    for translation in Translation.objects.all():
        done, total = translation.get_progress()
        assert done == total, translation.source.get_source_instance().title


def test_norwegian_document_links_its_own_pdf(client):
    source = PositionDocumentPage.objects.get(slug="opinia-zaopatrzenie-w-wode-uc-130")
    translations = {page.locale.language_code: page.specific for page in source.get_translations()}
    assert translations["nb"].document.filename.startswith("uttalelse-vannforsyning-uc-130")
    assert translations["en"].document.pk == source.document.pk
    assert f'href="{translations["nb"].document.url}"' in html_of(client, translations["nb"])


@pytest.mark.parametrize(
    ("language_code", "consent", "date"),
    [
        ("pl", "Zapisując się do naszego newslettera", "20 października 2022"),
        ("en", "By subscribing to our newsletter", "Oct. 20, 2022"),
        ("nb", "Når du abonnerer på nyhetsbrevet vårt", "20. oktober 2022"),
    ],
)
def test_footer_notice_and_dates_follow_the_language(client, language_code, consent, date):
    index = EventIndexPage.objects.get(locale__language_code=language_code)
    html = html_of(client, index)
    assert consent in html
    assert '<div lang="pl">' not in html  # the notice is translated, so it needs no lang of its own
    assert date in html


@pytest.mark.parametrize("format_name", ["DATE_FORMAT", "Y-m-d", "F Y", "l", "D"])
def test_a_day_reads_as_the_date_filter_writes_it_in_each_language(format_name):
    day = datetime.date(2022, 10, 20)
    for language_code in ("pl", "en", "nb", "pl"):  # formatted once per language, not once for all
        with override(language_code):
            assert dates.day(day, format_name) == defaultfilters.date(day, format_name)


@pytest.mark.parametrize("format_name", ["TIME_FORMAT", "H:i", "P"])
def test_a_time_of_day_reads_as_the_time_filter_writes_it_in_each_language(format_name):
    for moment in (datetime.time(9, 30), datetime.time(12), datetime.time(18, 5)):
        for language_code in ("en", "pl", "nb", "en"):
            with override(language_code):
                assert dates.clock(moment, format_name) == defaultfilters.time(moment, format_name)
    assert dates.clock(None) == ""


def test_a_day_filter_gives_a_datetime_as_the_date_filter_does_and_nothing_for_no_date():
    moment = timezone.make_aware(datetime.datetime(2022, 10, 20, 23, 30))
    template = Template("{% load dates %}{{ moment|day:'Y-m-d H:i' }}|{{ moment|date:'Y-m-d H:i' }}|{{ none|day }}")
    with override("nb"):
        mine, django, nothing = template.render(Context({"moment": moment, "none": None})).split("|")
    assert mine == django == "2022-10-20 23:30"
    assert nothing == ""


def test_wagtail_admin_speaks_norwegian_to_those_who_choose_it(client, django_user_model):
    editor = django_user_model.objects.create_superuser("redaktor", "redaktor@example.org", "x")
    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = "nb"
    profile.save()
    signed_in_with_second_factor(client, editor)
    html = client.get("/admin/").content.decode()
    assert '<html lang="nb"' in html
    assert "Sider" in html


ENGLISH_CHROME = ["Skip to main content", "Main menu", "Breadcrumbs", "Download", "Upcoming events", "Latest news"]
POLISH_CHROME = ["Przejdź do treści", "Menu główne", "Ścieżka nawigacji", "Pobierz", "Nadchodzące", "Szukaj"]


@pytest.mark.parametrize("model", PAGE_TYPES, ids=lambda model: model.__name__)
def test_no_english_or_polish_chrome_on_norwegian_pages(client, model):
    html = html_of(client, model.objects.filter(locale__language_code="nb").first())
    for leftover in ENGLISH_CHROME + POLISH_CHROME:
        assert leftover not in html, leftover
    assert "Gå til hovedinnholdet" in html and "Hovedmeny" in html


def test_the_language_switcher_keeps_what_the_visitor_is_looking_at(client):
    html = client.get("/pl/kalendarz/", {"month": "2022-10", "programme": "19"}).content.decode()
    switcher = html.split('class="language-switcher"', 1)[1].split("</nav>", 1)[0]
    assert 'href="/nb/kalender/?month=2022-10"' in switcher  # the month means the same; a programme's id does not
    assert re.findall(r'hreflang="nb" href="([^"]+)"', html) == ["http://testserver/nb/kalender/"]
    search = client.get("/pl/szukaj/", {"q": "woda", "page": "2"}).content.decode()
    assert 'href="/en/search/?q=woda&amp;page=2"' in search
