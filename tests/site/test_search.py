"""Search that understands Polish and Norwegian, reads the PDFs and survives any input."""

import re
from collections import Counter

import pytest

from django.core.files.base import ContentFile
from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from modelsearch.backends import get_search_backend
from modelsearch.backends.database.fallback import DatabaseSearchBackend
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.documents.models import Document
from wagtail.models import Collection, CollectionViewRestriction, Locale, Page, PageViewRestriction
from wagtail.search.models import IndexEntry

from core.analysis import WORD, fold, terms
from demo.loader import FILES_DIR
from documents.models import PositionDocumentPage
from news.models import NewsIndexPage, NewsPage
from programmes.models import ProgrammePage
from search import engine, postgres
from search.models import RankingText, Term
from search.relevance import RELEVANCE_SET
from search.relevance_report import relevance_rates
from search.vocabulary import terms_of, vocabulary
from tests.content.test_pages import PAGE_TYPES
from tests.pdfs import pdf_saying
from tests.project.test_settings import prepared_statements

pytestmark = pytest.mark.django_db

SEARCH_URLS = {"pl": "/pl/szukaj/", "en": "/en/search/", "nb": "/nb/sok/"}
MIN_RELEVANCE = 0.95  # measured: 51 of 51 with Snowball (docs/search.md)


def results(client, language_code="pl", **parameters):
    html = client.get(SEARCH_URLS[language_code], parameters).content.decode()
    return html, re.findall(r'<li class="search-result">\s*<h2 class="card__title"><a href="([^"]+)"', html)


def test_relevance_set_finds_its_pages_in_the_top_three():
    assert len(RELEVANCE_SET) >= 40
    rates, misses = relevance_rates()
    for language_code, (found, asked) in rates.items():
        assert found / asked >= MIN_RELEVANCE, (language_code, misses)


HOSTILE_QUERIES = [
    "",
    " ",
    "x" * 5000,
    '"',
    "'",
    "\\",
    ":",
    "&|!*()",
    "-Data",
    "<script>alert(1)</script>",
    "\x00",
    "SMUP\x00CWD",
    "%",
    "—",
    "a & b | !c",
]


@pytest.mark.parametrize("query", HOSTILE_QUERIES, ids=repr)
def test_any_query_gives_a_page(client, query):
    response = client.get("/pl/szukaj/", {"q": query, "page": "abc", "type": "foo", "year": "99999999"})
    assert response.status_code == 200
    assert "<script>alert" not in response.content.decode()


def test_hostile_input_is_shown_back_escaped(client):
    html = client.get("/pl/szukaj/", {"q": "<script>alert(1)</script>"}).content.decode()
    assert 'value="&lt;script&gt;alert(1)&lt;/script&gt;"' in html


def test_bytes_that_are_not_utf8_give_a_page(client):
    assert client.get("/pl/szukaj/?q=%ff%fe%00&year=%ff").status_code in (200, 400)


def test_unknown_filters_are_reported(client):
    html = client.get("/pl/szukaj/", {"q": "SMUP", "type": "foo", "year": "99999999"}).content.decode()
    assert "Niektóre filtry były nieprawidłowe" in html


def test_a_result_links_first_and_highlights_the_matched_words(client):
    html, urls = results(client, q="szkolenia SMUP")
    assert urls[0].startswith("/pl/")
    assert "<mark>szkoleń</mark>" in html or "<mark>szkolenia</mark>" in html
    assert "<mark>SMUP</mark>" in html


def test_pages_with_every_word_come_before_pages_with_some(client):
    """The backend is asked for pages with all the words first: "wizyta" alone finds two news items."""
    _html, with_some = results(client, q="wizyta")
    _html, with_every = results(client, q="wizyta Bergen")
    study_visit = NewsPage.objects.get(locale__language_code="pl", slug="starachowice-z-wizyta-w-bergen")
    assert len(with_some) == 2
    assert with_every == [study_visit.url]


def test_pages_with_some_of_the_words_when_none_has_them_all(client):
    _html, urls = results(client, q="Zabrze kwazar")
    assert urls and urls == results(client, q="Zabrze")[1]


def test_a_hit_inside_the_pdf_shows_the_passage(client):
    html, urls = results(client, q="legislacyjnych")
    document = PositionDocumentPage.objects.filter(locale__language_code="pl").first()
    assert document.url in urls
    assert '<span class="badge">w PDF</span>' in html
    assert "<mark>legislacyjnych</mark>" in html


def test_results_keep_to_the_language_but_find_untranslated_pages(client):
    html, urls = results(client, "nb", q="Zabrze")
    assert urls and all(url.startswith("/nb/") for url in urls)
    assert 'lang="pl">EMPIRIE „Miasto cyfrowe” w Zabrzu</a> <span class="badge">Polsk</span>' in html


def test_aliases_are_found_through_their_source_within_a_programme(client):
    """Aliases are not indexed; the Norwegian search finds the Polish source and shows the alias."""
    alias = NewsPage.objects.get(locale__language_code="nb", slug="miasto-cyfrowe-w-zabrzu")
    assert alias.alias_of_id
    assert not IndexEntry.objects.filter(object_id=str(alias.pk)).exists()
    network = alias.get_parent()
    _html, urls = results(client, "nb", q="Zabrze", programme=network.pk)
    assert urls == [alias.url]


def test_all_languages_on_demand(client):
    _html, urls = results(client, "nb", q="Sunnfjord", lang="all")
    assert {url.split("/")[1] for url in urls} == {"pl", "en", "nb"}


@pytest.mark.parametrize(
    ("type_", "model"), [("news", NewsPage), ("document", PositionDocumentPage), ("programme", ProgrammePage)]
)
def test_filter_by_type(client, type_, model):
    _html, urls = results(client, q="ZMP miasta woda SMUP programu", type=type_)
    assert urls
    own = {page.url for page in model.objects.filter(locale__language_code="pl")}
    assert set(urls) <= own


def test_filter_by_year_and_programme(client):
    smup = ProgrammePage.objects.get(slug="smup", locale__language_code="pl")
    _html, urls = results(client, q="szkolenia", programme=smup.pk, year=2022)
    assert urls and all(url.startswith(smup.url) for url in urls)
    _html, urls = results(client, q="szkolenia", year=2019)
    assert urls == []


def test_the_index_follows_publishing_and_unpublishing(client, polish):
    index = NewsIndexPage.objects.get(locale=polish)
    news = NewsPage(title="Hackathon miejski w Gdyni", slug="hackathon", date="2022-11-01", lead="Kodujemy.")
    index.add_child(instance=news)
    news.save_revision().publish()
    assert news.url in results(client, q="hackathonu")[1]
    news.unpublish()
    assert news.url not in results(client, q="hackathonu")[1]


def test_words_are_matched_as_analysed_whatever_the_database_server_would_do_to_them(client, polish):
    """The terms reach the index as core.analysis made them. PostgreSQL's default configuration is
    usually English: it dropped "it" as a stop word, so a search for IT found nothing there."""
    index = NewsIndexPage.objects.get(locale=polish)
    news = NewsPage(title="Bezpieczeństwo IT w urzędach miast", slug="bezpieczenstwo-it", date="2022-11-02")
    index.add_child(instance=news)
    news.save_revision().publish()
    assert results(client, q="IT")[1] == [news.url]


def test_the_index_follows_a_translation(client, translate_page):
    source = NewsPage.objects.get(slug="miasto-cyfrowe-w-zabrzu", locale__language_code="pl")
    translated = translate_page(
        source, Locale.objects.get(language_code="nb"), {source.title: "Digital by-nettverk møttes i Zabrze"}
    )
    html, urls = results(client, "nb", q="nettverk")
    assert translated.url in urls
    assert "<mark>nettverk</mark>" in html


def test_the_index_follows_a_replaced_pdf(client):
    page = PositionDocumentPage.objects.get(slug="stanowisko-ochrona-ludnosci", locale__language_code="pl")
    document = Document.objects.get(pk=page.document_id)
    assert page.url in results(client, q="legislacyjnych")[1]
    # Another real PDF, with other words: the Norwegian opinion of the demo content.
    document.file.save(
        "nowe-stanowisko.pdf", ContentFile((FILES_DIR / "uttalelse-vannforsyning-uc-130.pdf").read_bytes())
    )
    document._set_document_file_metadata()
    document.save()
    assert page.url in results(client, q="vannforsyning")[1]
    assert page.url not in results(client, q="legislacyjnych")[1]


def hit_of(page, query):
    return next(hit for hit in engine.search(query, language_code="pl") if hit.page_id == page.pk)


def test_scores_follow_an_edit(polish):
    """Candidates come from the index, scores from the ranking texts: both renewed on publishing."""
    index = NewsIndexPage.objects.get(locale=polish)
    first = NewsPage(title="Rewitalizacja", slug="rewitalizacja", date="2022-11-01", lead="Plan dla centrum.")
    second = NewsPage(title="Odnowa centrum", slug="odnowa", date="2022-11-02", lead="O rewitalizacji miast.")
    for news in (first, second):
        index.add_child(instance=news)
        news.save_revision().publish()
    assert [hit.page_id for hit in engine.search("rewitalizacja", language_code="pl")][:2] == [first.pk, second.pk]
    first.title, first.lead = "Plan dla centrum", "O rewitalizacji miast."
    second.title = "Rewitalizacja"
    for news in (first, second):
        news.save_revision().publish()
    assert [hit.page_id for hit in engine.search("rewitalizacja", language_code="pl")][:2] == [second.pk, first.pk]


def test_scores_follow_a_replaced_pdf():
    page = PositionDocumentPage.objects.get(slug="stanowisko-ochrona-ludnosci", locale__language_code="pl")
    assert hit_of(page, "legislacyjnych").score
    document = Document.objects.get(pk=page.document_id)
    document.file.save("nowe.pdf", ContentFile((FILES_DIR / "uttalelse-vannforsyning-uc-130.pdf").read_bytes()))
    document._set_document_file_metadata()
    document.save()
    assert hit_of(page, "vannforsyning").score == engine.FIELD_WEIGHTS["pdf"]


def test_a_missing_ranking_text_is_made_when_a_search_needs_it():
    page = NewsPage.objects.get(slug="miasto-cyfrowe-w-zabrzu", locale__language_code="pl")
    score = hit_of(page, "Zabrze").score
    RankingText.objects.filter(page=page).delete()
    assert hit_of(page, "Zabrze").score == score
    assert RankingText.objects.filter(page=page).exists()


def test_update_index_makes_the_ranking_texts_again():
    RankingText.objects.all().delete()
    call_command("update_index", verbosity=0)
    indexed = Page.objects.filter(alias_of__isnull=True).values_list("pk", flat=True)
    assert set(RankingText.objects.values_list("page_id", flat=True)) == set(indexed)


def test_the_backend_keeps_ranking_texts_around_the_backend_it_wraps(settings):
    """WRAPS names the backend that holds the index (OpenSearch in a larger setup): the ranking texts
    stay in step whichever it is, and only Wagtail's PostgreSQL index is read for candidates directly."""
    settings.WAGTAILSEARCH_BACKENDS = {
        "default": {"BACKEND": "search.backend", "WRAPS": "modelsearch.backends.database.fallback"}
    }
    backend = get_search_backend()
    assert isinstance(backend, DatabaseSearchBackend)
    page = NewsPage.objects.get(slug="miasto-cyfrowe-w-zabrzu", locale__language_code="pl")
    RankingText.objects.filter(page=page).delete()
    backend.add(page)
    assert RankingText.objects.get(page=page).analysis["title"] == [fold(word) for word in WORD.findall(page.title)]
    assert not postgres.holds_the_index()


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL holds the index")
def test_postgresql_holds_the_index_with_the_sites_settings():
    assert postgres.holds_the_index()


def test_only_the_hits_shown_have_their_pages_loaded():
    hits = engine.search("szkolenia", language_code="pl")
    assert len(hits) > 3
    with CaptureQueriesContext(connection) as context:
        shown = hits[:3]
    assert all(hit.page is not None and hit.texts for hit in shown)
    assert len(context.captured_queries) <= len({hit.content_type_id for hit in shown}) + 1  # and PDF texts
    assert all(hit.page is None for hit in hits._hits[3:])


def test_editors_picks_come_first_and_queries_are_counted(client):
    pick = ProgrammePage.objects.get(slug="rozwoj-lokalny", locale__language_code="pl")
    SearchPromotion.objects.create(query=Query.get("norwegia"), page=pick, description="Programy z Norwegią")
    html = client.get("/pl/szukaj/", {"q": "Norwegia"}).content.decode()
    assert html.index(f'href="{pick.url}"') < html.index('<p role="status">')  # before the results, or their absence
    assert Query.get("norwegia").daily_hits.get().hits == 1


def test_each_rendered_search_counts_a_hit_of_its_query_for_the_day(client, settings):
    settings.PAGE_CACHE_ENABLED = False
    for _attempt in range(3):
        client.get("/pl/szukaj/", {"q": "Wizyta  studyjna"})
    client.get("/pl/szukaj/", {"q": "wizyta studyjna", "page": "2"})
    hits = Query.get("wizyta studyjna").daily_hits.get()
    assert (hits.date, hits.hits) == (timezone.now().date(), 4)
    assert "wizyta studyjna" in [query.query_string for query in Query.get_most_popular()]


@pytest.mark.parametrize("model", PAGE_TYPES, ids=lambda model: model.__name__)
def test_every_page_type_is_found_by_its_title(client, model):
    page = model.objects.filter(locale__language_code="pl").first()
    response = client.get("/pl/szukaj/", {"q": page.title})
    assert response.status_code == 200
    assert page.url in re.findall(
        r'<li class="search-result">\s*<h2 class="card__title"><a href="([^"]+)"', response.content.decode()
    )


def test_the_wagtail_root_page_is_never_a_result(client):
    html, urls = results(client, q="Root")
    assert all(url.startswith("/pl/") for url in urls)


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL ranks the entries before it looks at pages")
def test_the_best_index_entries_give_the_pages_the_backend_would_find(monkeypatch):
    query_words = engine.query_words("szkolenia", ["pl"])
    words = [word.terms for word in query_words]
    pages = Page.objects.live()
    by_backend = {page.pk for page in pages.only("id").search(engine.backend_query(words))}
    assert len(by_backend) > 2
    assert set(postgres.best_page_ids(pages, words, count=100)) == by_backend
    # When too few of the best entries are of pages that may be shown, the backend ranks them all.
    monkeypatch.setattr(postgres, "ENTRIES_PER_PAGE", 1)
    best = postgres.best_page_ids(pages, words, count=1)
    others = pages.exclude(pk__in=best)
    assert postgres.best_page_ids(others, words, count=1) is None
    assert engine.candidate_ids(others, query_words, 1)[0] in by_backend - set(best)


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL ranks the entries before it looks at pages")
def test_a_search_within_a_programme_lets_the_backend_rank_the_programmes_pages(monkeypatch):
    """Most of the best entries of the whole index would be of pages outside the programme."""
    monkeypatch.setattr(postgres, "best_page_ids", lambda *args: pytest.fail("ranked the whole index first"))
    smup = ProgrammePage.objects.get(slug="smup", locale__language_code="pl")
    hits = engine.search("szkolenia", language_code="pl", programme=smup)
    assert hits and all(hit.page.path.startswith(smup.path) for hit in hits)


@pytest.mark.skipif(connection.vendor != "postgresql", reason="prepared statements of PostgreSQL")
def test_the_text_search_is_planned_for_its_words_every_time():
    """Prepared, the ranking of the index entries would keep one plan for all words (config.settings)."""
    before = prepared_statements()
    for _attempt in range(7):
        assert engine.search("szkolenia", language_code="pl")
    new = prepared_statements() - before
    assert new  # the rest of a search is prepared
    assert not any("wagtailsearch_indexentry" in statement for statement in new), new


def test_the_text_of_a_private_pdf_stays_out_of_public_search(client):
    """A PDF in a collection for signed-in users, linked from a public page: its text is neither matched nor shown."""
    page = PositionDocumentPage.objects.get(slug="stanowisko-ochrona-ludnosci", locale__language_code="pl")
    private = Collection.get_first_root_node().add_child(name="Zarząd")
    restriction = CollectionViewRestriction.objects.create(
        collection=private, restriction_type=CollectionViewRestriction.LOGIN
    )
    document = Document.objects.get(pk=page.document_id)
    document.collection = private
    document.save()
    assert page.url not in results(client, q="legislacyjnych")[1]
    assert hit_of(page, "ochronie ludności").texts["pdf"] == ""  # no passage to show either
    restriction.delete()  # the collection opens to everyone: its texts come back
    assert page.url in results(client, q="legislacyjnych")[1]


def test_nothing_found_is_a_sentence_not_a_numbered_result(client):
    html, urls = results(client, q="xyzzyplugh")
    assert urls == []
    assert '<p class="search-empty">Nic nie znaleziono' in html and "search-results" not in html


def test_results_name_a_documents_own_kind_and_show_only_dates_pages_have(client):
    html = client.get(SEARCH_URLS["en"], {"q": "UC 130"}).content.decode()
    assert re.search(r'<p class="card__meta">Opinion · <time datetime="\d{4}-\d{2}-\d{2}">', html)
    programme_hit = client.get(SEARCH_URLS["pl"], {"q": "SMUP", "type": "programme"}).content.decode()
    assert re.search(r'<p class="card__meta">Program</p>', programme_hit)  # no date: a programme has none of its own


def test_a_names_dictionary_form_finds_the_pages_that_inflect_it(client):
    """The pages only say "w Norwegii", "z Norwegii"; a visitor types "Norwegia"."""
    _html, inflected = results(client, q="Norwegii")
    _html, dictionary_form = results(client, q="Norwegia")
    assert len(inflected) == 3
    assert sorted(dictionary_form) == sorted(inflected)


@pytest.mark.parametrize("written", ["Ukrainy", "Ukrainie", "Ukrainą", "Ukrainę"])
def test_every_case_of_a_name_meets_its_dictionary_form(written):
    assert set(terms("Ukraina", "pl")) & set(terms(written, "pl"))


def test_a_part_of_a_norwegian_compound_finds_the_compound(client):
    document = PositionDocumentPage.objects.get(locale__language_code="nb", slug="uttalelse-vannforsyning-uc-130")
    for part in ["vann", "forsyning"]:
        _html, urls = results(client, "nb", q=part)
        assert document.url in urls[:3], part


def test_a_short_word_is_not_taken_for_a_part_of_a_compound():
    """A part has at least four letters: "opplæring" is not "opp" + "læring"."""
    assert "opp" not in terms("opplæring", "nb")


def test_a_collection_moved_under_a_private_one_takes_its_pdfs_words_out_of_search_and_corrections(
    admin_client, django_capture_on_commit_callbacks
):
    """Moved in the collection's edit form (its parent changed), as an administrator would."""
    page = PositionDocumentPage.objects.get(slug="stanowisko-ochrona-ludnosci", locale__language_code="pl")
    root = Collection.get_first_root_node()
    private = root.add_child(name="Zarząd")
    CollectionViewRestriction.objects.create(collection=private, restriction_type=CollectionViewRestriction.LOGIN)
    archive = root.add_child(name="Archiwum")
    document = Document.objects.get(pk=page.document_id)
    document.collection = archive
    document.file.save("kwazary.pdf", ContentFile(pdf_saying("Kwazarologia miejska")))
    document._set_document_file_metadata()
    document.save()
    word, misspelled = "kwazarologia", "kwazraologia"
    assert word in vocabulary().nearest(misspelled)
    assert page.url in results(Client(), q=word)[1]

    with django_capture_on_commit_callbacks(execute=True):
        moved = admin_client.post(
            reverse("wagtailadmin_collections:edit", args=[archive.pk]), {"name": "Archiwum", "parent": private.pk}
        )
    assert moved.status_code == 302
    assert Collection.objects.get(pk=archive.pk).get_parent() == private
    assert page.url not in results(Client(), q=word)[1]
    assert word not in vocabulary().nearest(misspelled)
    assert not Term.objects.filter(written=word).exists()
    html = Client().get(SEARCH_URLS["pl"], {"q": misspelled}).content.decode()
    assert word not in html


def test_the_vocabulary_holds_only_words_of_pages_a_visitor_can_find(polish):
    """A draft's, a private page's and an unpublished page's words are offered to nobody; they come back
    when the page can be found again."""
    parent = NewsIndexPage.objects.get(locale=polish)
    page = NewsPage(title="Kwazary nad Zabrzem", slug="kwazary", lead="Obserwatorium.", locale=polish, live=False)
    parent.add_child(instance=page)
    page.save_revision()
    assert not Term.objects.filter(term="kwazary").exists()  # a draft
    page.save_revision().publish()
    assert Term.objects.get(term="kwazary").pages == 1
    assert "kwazary" in vocabulary().nearest("kwazray")

    restriction = PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    assert not Term.objects.filter(term="kwazary").exists()
    assert vocabulary().nearest("kwazray") == []
    restriction.delete()
    assert Term.objects.get(term="kwazary").pages == 1

    page.refresh_from_db()
    page.unpublish()
    assert not Term.objects.filter(term="kwazary").exists()
    page.save_revision().publish()
    assert "kwazary" in vocabulary().completions("kwaz")
    Page.objects.get(pk=page.pk).delete()
    assert not Term.objects.filter(term="kwazary").exists()
    assert "kwazary" not in vocabulary().completions("kwaz")


def test_every_term_is_counted_once_for_each_page_that_holds_it():
    counted = dict(Term.objects.values_list("term", "pages"))
    held = Counter(
        term for analysis in RankingText.objects.values_list("analysis", flat=True) for term in terms_of(analysis)
    )
    assert counted == dict(held)
