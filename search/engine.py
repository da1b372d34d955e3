"""Search: candidates from Wagtail's search backend over analysed terms, then ranked here the same
way on every backend: a title that is the query itself first, then title and lead above body, body
above PDF text, a phrase above scattered words; when the rest is equal, a programme's own page
before its news, and the newer page first."""

from dataclasses import dataclass
from datetime import date
from itertools import chain

from django.conf import settings
from django.db import connection
from django.utils.functional import cached_property
from django.utils.text import capfirst

from wagtail.models import Locale, Page
from wagtail.search.query import And, Or, PlainText

from documents.models import PdfText, PositionDocumentPage
from home.languages import content_language
from home.querysets import under_view_restriction
from programmes.models import ProgrammePage

from . import postgres
from .analysis import WORD, fold, terms, terms_by_word
from .indexing import AnalysedTextMixin
from .snippets import best_passage, highlighted

MAX_CANDIDATES = 50
FIELD_WEIGHTS = {"title": 5, "lead": 3, "details": 2, "body": 1, "pdf": 0.5}
PHRASE_BONUS = 4
EXACT_TITLE_BONUS = 10


@dataclass
class SearchHit:
    page: Page
    score: float
    date: date | None
    language_code: str
    texts: dict
    wanted: set

    @property
    def kind(self):
        return capfirst(self.page._meta.verbose_name)

    @cached_property
    def passage(self):
        """(the best matching passage, whether it is from the PDF); found only for the hits shown."""
        found = best_passage([self.texts["lead"], self.texts["body"]], self.wanted, self.language_code)
        if found is None and self.texts["pdf"]:
            return best_passage([self.texts["pdf"]], self.wanted, self.language_code), True
        return found, False

    @property
    def in_pdf(self):
        return self.passage[1]

    @property
    def snippet(self):
        return highlighted(self.passage[0] or self.texts["lead"], self.wanted, self.language_code)


# Words in nearly every page: in a query they would make the backend rank the whole site.
STOPWORDS = {
    "pl": {"a", "i", "o", "u", "w", "we", "z", "ze", "na", "do", "od", "po", "za", "dla", "oraz", "lub", "się", "to"},
    "nb": {"i", "og", "på", "av", "for", "til", "med", "en", "et", "den", "det", "som", "er", "om", "fra"},
    "en": {"a", "an", "the", "of", "in", "on", "for", "to", "and", "or", "with", "at", "by", "from"},
}


def query_words(query, language_codes):
    """For each word of the query (without its stopwords, if it has other words): its terms in
    every language the query may be written in."""
    words = WORD.findall(query)
    stopwords = set().union(*(STOPWORDS.get(code, ()) for code in language_codes))
    meaningful = [word for word in words if word.lower() not in stopwords] or words
    groups = [{term for code in language_codes for term in terms(word, code)} for word in meaningful]
    return [group for group in groups if group]


def candidate_ids(pages, words, *, within_programme=False):
    """The best pages that have every word (in some form); pages with any of the words only when none
    has them all. All-words first is what a visitor means, and it lets the database rank a few pages
    instead of most of the site when the words are common."""
    attempts = [words, [set().union(*words)]] if len(words) > 1 else [words]  # for one word, "any" is "all"
    with postgres.planned_for_the_words():
        for attempt in attempts:
            if found := best_ids(pages, attempt, within_programme):
                return found
    return []


def best_ids(pages, words, within_programme):
    """Ids of the best pages that have every word."""
    # Within a programme most of the best entries are of pages elsewhere: the backend, which ranks
    # the programme's pages alone, is quicker there (40 against 50-65 ms for a common word).
    if connection.vendor == "postgresql" and not within_programme:
        found = postgres.best_page_ids(pages, words, MAX_CANDIDATES)
        if found is not None:
            return found
    # Only the ids: 50 whole pages (their timestamps parsed, their models built) cost 7-11 ms more.
    return [page.pk for page in pages.only("id").search(backend_query(words))[:MAX_CANDIDATES]]


def backend_query(words):
    """Every word, in any of its terms, as Wagtail's search backends take it."""
    # Or() of single terms rather than PlainText(operator="or"): the SQLite backend puts no brackets
    # around the latter, and FTS5 binds AND before OR.
    return And([Or([PlainText(term) for term in sorted(group)]) for group in words])


def page_date(page):
    for name in ("date", "adopted_on", "start_date"):
        if getattr(page, name, None):
            return getattr(page, name)
    return page.first_published_at.date() if page.first_published_at else None


def in_language(model, locale, default_locale, programme):
    """The pages to search for a visitor of this locale, and the locale's aliases.

    Aliases are not indexed (search.indexing): the Polish pages they copy stand in for them and are
    swapped for them afterwards; Polish pages without an alias in the locale then drop out. Asking
    for two locales rather than for the aliases' sources lets PostgreSQL look up just the pages that
    the matching index entries name (search migration 0003)."""
    pages = model.objects.live()
    aliases = Page.objects.live().filter(locale=locale, alias_of__isnull=False)
    if programme is None:
        return pages.filter(locale_id__in=[locale.pk, default_locale.pk]), aliases
    aliases = aliases.descendant_of(programme)
    return pages.descendant_of(programme) | pages.filter(pk__in=aliases.values("alias_of_id")), aliases


def search(query, *, language_code, locales=None, all_languages=False, model=Page, year=None, programme=None):
    """Hits for the query, best first. locales: the site's locales by id, if the caller has them."""
    # Untranslated pages carry Polish text, so a query is read as Polish too.
    languages = [code for code, _name in settings.LANGUAGES] if all_languages else {language_code, "pl"}
    words = query_words(query, languages)
    if not words:
        return []
    wanted = set().union(*words)
    locales = locales or Locale.objects.in_bulk()
    if all_languages:
        pages, aliases = model.objects.live(), Page.objects.none()
        if programme is not None:
            pages = pages.descendant_of(programme)
    else:
        by_code = {locale.language_code: locale for locale in locales.values()}
        locale = by_code[language_code]
        pages, aliases = in_language(model, locale, by_code[settings.LANGUAGE_CODE], programme)
    ids = candidate_ids(pages, words, within_programme=programme is not None)
    alias_of_source = dict(aliases.filter(alias_of_id__in=ids).values_list("alias_of_id", "pk"))
    found = Page.objects.filter(pk__in=[alias_of_source.get(pk, pk) for pk in ids]).exclude(under_view_restriction())
    if not all_languages:
        found = found.filter(locale=locale)
    candidates = with_locales(found.specific(), locales)
    pdf_texts = pdf_texts_of(candidates)
    phrase = [fold(word) for word in WORD.findall(query)]
    hits = [hit_for(page, wanted, phrase, pdf_texts.get(getattr(page, "document_id", None), "")) for page in candidates]
    if year is not None:
        hits = [hit for hit in hits if hit.date and hit.date.year == year]
    return sorted(
        hits, key=lambda hit: (hit.score, isinstance(hit.page, ProgrammePage), hit.date or date.min), reverse=True
    )


def with_locales(pages, locales):
    """The pages, each with its locale and its alias source's at hand: one query, not two per page
    (the specific pages do not keep a select_related)."""
    pages = list(pages)
    sources = Page.objects.in_bulk({page.alias_of_id for page in pages if page.alias_of_id})
    for page in [*pages, *sources.values()]:
        page.locale = locales[page.locale_id]
    for page in pages:
        if page.alias_of_id:
            page.alias_of = sources[page.alias_of_id]
    return pages


def pdf_texts_of(pages):
    document_ids = [page.document_id for page in pages if isinstance(page, PositionDocumentPage)]
    return dict(PdfText.objects.filter(document_id__in=document_ids).values_list("document_id", "text"))


def texts_of(page, pdf_text):
    """The page's texts by field; a page type without analysed text offers its title alone."""
    if not isinstance(page, AnalysedTextMixin):
        return {"title": page.title, "lead": "", "details": "", "body": "", "pdf": ""}
    return {
        "title": page.title,
        "lead": getattr(page, "lead", ""),
        "details": page.text_of_details(),
        "body": page.text_of_body(),
        "pdf": pdf_text,
    }


def hit_for(page, wanted, phrase, pdf_text):
    """The page scored for the wanted terms; phrase: the query's words, folded."""
    language_code = content_language(page)
    texts = texts_of(page, pdf_text)
    words = {field: terms_by_word(text, language_code) for field, text in texts.items()}
    score = sum(weight * len(wanted.intersection(chain(*words[field]))) for field, weight in FIELD_WEIGHTS.items())
    # Folded words, not folded text: the words are analysed above anyway, and folding whole texts
    # character by character took a tenth of a search.
    if phrase == [word[0] for word in words["title"]]:
        score += EXACT_TITLE_BONUS
    elif len(phrase) > 1:
        text = [word[0] for field in ("title", "lead", "body") for word in words[field]]
        if f" {' '.join(phrase)} " in f" {' '.join(text)} ":
            score += PHRASE_BONUS
    return SearchHit(page, score, page_date(page), language_code, texts, wanted)
