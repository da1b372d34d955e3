"""Search: candidates from Wagtail's search backend over analysed terms, then ranked here the same
way on every backend, from their ranking texts (search.ranking): a title that is the query itself
first, then title and lead above body, body above PDF text, a phrase above scattered words; when the
rest is equal, a programme's own page before its news, and the newer page first. Only the pages of the
hits shown are loaded."""

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.utils.functional import cached_property
from django.utils.text import capfirst

from wagtail.models import Locale, Page
from wagtail.search.query import And, Or, PlainText

from core.analysis import WORD, fold, terms
from core.querysets import under_view_restriction
from programmes.models import ProgrammePage

from . import postgres
from .languages import in_language, in_place_of_sources, searched_languages
from .ranking import own_date, texts_by_page, with_ranking_texts
from .snippets import best_passage, highlighted
from .vocabulary import vocabulary

MAX_CANDIDATES = 50
FIELD_WEIGHTS = {"title": 5, "lead": 3, "details": 2, "body": 1, "pdf": 0.5}
PHRASE_BONUS = 4
EXACT_TITLE_BONUS = 10


@dataclass
class SearchHit:
    page_id: int  # the page shown: the page found, or its alias in the visitor's language
    content_type_id: int
    score: float
    date: date | None
    language_code: str
    wanted: set
    # Loaded for the hits shown only (Hits): the page and its texts, for the title, link and snippet.
    page: Page | None = None
    texts: dict | None = None

    @property
    def kind(self):
        """What the page is: a document's own kind (opinion, annex …), else its page type."""
        kind_display = getattr(self.page, "get_kind_display", None)
        return capfirst(kind_display() if kind_display else self.page._meta.verbose_name)

    @property
    def shown_date(self):
        """The date the page itself shows, if any: a programme's publication day means nothing to a reader."""
        return own_date(self.page)

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


class Hits(Sequence):
    """The hits, best first. A hit's page is loaded when the hit is taken out: a results page loads its
    ten pages in one go, not the fifty that were ranked. correction: the query's words, each with
    whether it was corrected ("Did you mean …?"), when a word matched nothing as typed."""

    def __init__(self, hits, locales, correction=()):
        self._hits = hits
        self._locales = locales
        self.correction = correction

    def __len__(self):
        return len(self._hits)

    def __getitem__(self, index):
        chosen = self._hits[index]
        load_pages(chosen if isinstance(index, slice) else [chosen], self._locales)
        return chosen

    def __iter__(self):
        return iter(self[:])

    def page_ids(self, count):
        """The ids of the first count hits' pages, none loaded."""
        return [hit.page_id for hit in self._hits[:count]]


def load_pages(hits, locales):
    """The hits' pages, by type: one query for each type among them."""
    ids_by_type = defaultdict(list)
    for hit in hits:
        if hit.page is None:
            ids_by_type[hit.content_type_id].append(hit.page_id)
    pages = {}
    for content_type_id, ids in ids_by_type.items():
        pages |= ContentType.objects.get_for_id(content_type_id).model_class().objects.in_bulk(ids)
    with_locales(pages.values(), locales)
    texts = texts_by_page(pages.values())
    for hit in hits:
        if hit.page is None:
            hit.page, hit.texts = pages[hit.page_id], texts[hit.page_id]


# Words in nearly every page: in a query they would make the backend rank the whole site.
STOPWORDS = {
    "pl": {"a", "i", "o", "u", "w", "we", "z", "ze", "na", "do", "od", "po", "za", "dla", "oraz", "lub", "się", "to"},
    "nb": {"i", "og", "på", "av", "for", "til", "med", "en", "et", "den", "det", "som", "er", "om", "fra"},
    "en": {"a", "an", "the", "of", "in", "on", "for", "to", "and", "or", "with", "at", "by", "from"},
}


def stopwords_of(language_codes):
    return set().union(*(STOPWORDS.get(code, ()) for code in language_codes))


@dataclass(frozen=True)
class QueryWord:
    typed: str
    exact: frozenset  # its terms in every language the query may be written in
    near: frozenset = frozenset()  # terms of known words it may be a typo of, or the beginning of
    correction: str = ""  # the known word it most likely means, when it matches nothing as typed

    @property
    def terms(self):
        return self.exact | self.near


# Corrections are looked for in this many words of a query at most: a long query is not a typo.
MAX_CORRECTED_WORDS = 4


def query_words(query, language_codes, *, typing=False):
    """The words of the query (without its stopwords, if it has other words) with their terms in every
    language the query may be written in, and the known words near those that match nothing as typed.
    typing: the query is being typed, so its last word is a prefix even when it is a word already."""
    words = WORD.findall(query)
    stopwords = stopwords_of(language_codes)
    meaningful = [word for word in words if word.lower() not in stopwords] or words

    def terms_in_every_language(word, parts=True):
        return frozenset(term for code in language_codes for term in terms(word, code, parts=parts))

    typed = [QueryWord(word, terms_in_every_language(word)) for word in meaningful]
    return forgiving([word for word in typed if word.exact], terms_in_every_language, typing)


def forgiving(words, terms_of, typing=False):
    """Each word that matches nothing in the index as typed, with the known words within its edits, and
    (if it is the last) the known words it begins; the first of the nearest is its correction. A known
    word is indexed whole, so its compound's parts are left out: "Sunfjord" means "Sunnfjord", not every
    page about a fjord."""
    known = vocabulary()
    unknown = [word for word in words if not known.knows_any(word.exact)][:MAX_CORRECTED_WORDS]
    forgiven = []
    for position, word in enumerate(words):
        last = position == len(words) - 1
        if word not in unknown and not (typing and last):
            forgiven.append(word)
            continue
        folded = fold(word.typed)
        nearest = known.nearest(folded) if word in unknown else []
        completions = known.completions(folded) if last else []
        near = frozenset().union(*(terms_of(other, parts=False) for other in nearest + completions)) - word.exact
        forgiven.append(replace(word, near=near, correction=nearest[0] if nearest else ""))
    return forgiven


def candidate_ids(pages, words, count, *, within_programme=False):
    """The best pages that have every word (in some form); pages with any of the words only when none
    has them all. All-words first is what a visitor means, and it lets the database rank a few pages
    instead of most of the site when the words are common."""
    words = [word.terms for word in words]
    attempts = [words, [set().union(*words)]] if len(words) > 1 else [words]  # for one word, "any" is "all"
    with postgres.planned_for_the_words():
        for attempt in attempts:
            if found := best_ids(pages, attempt, count, within_programme):
                return found
    return []


def best_ids(pages, words, count, within_programme):
    """Ids of the best `count` pages that have every word."""
    # Within a programme most of the best entries are of pages elsewhere: the backend, which ranks
    # the programme's pages alone, is quicker there.
    if postgres.holds_the_index() and not within_programme:
        found = postgres.best_page_ids(pages, words, count)
        if found is not None:
            return found
    # Only the ids: the pages shown are loaded later, ten of them, not fifty whole ones.
    return [page.pk for page in pages.only("id").search(backend_query(words))[:count]]


def backend_query(words):
    """Every word, in any of its terms, as Wagtail's search backends take it."""
    # Or() of single terms rather than PlainText(operator="or"): the SQLite backend puts no brackets
    # around the latter, and FTS5 binds AND before OR.
    return And([Or([PlainText(term) for term in sorted(group)]) for group in words])


def search(
    query,
    *,
    language_code,
    locales=None,
    all_languages=False,
    model=Page,
    year=None,
    programme=None,
    typing=False,
    candidates=MAX_CANDIDATES,
):
    """Hits for the query, best first. locales: the site's locales by id, if the caller has them;
    typing: the query is being typed (suggestions), its last word a prefix; candidates: how many of the
    best pages to rank (the hits found are no more)."""
    # Untranslated pages carry Polish text, so a query is read as Polish too.
    languages = [code for code, _name in settings.LANGUAGES] if all_languages else searched_languages(language_code)
    words = query_words(query, languages, typing=typing)
    if not words:
        return Hits([], {})
    wanted = set().union(*(word.terms for word in words))
    locales = locales or Locale.objects.in_bulk()
    if all_languages:
        pages, aliases = model.objects.live(), Page.objects.none()
        if programme is not None:
            pages = pages.descendant_of(programme)
    else:
        locale, pages, aliases = in_language(model, language_code, locales, programme)
    ids = candidate_ids(pages, words, candidates, within_programme=programme is not None)
    found = Page.objects.filter(pk__in=in_place_of_sources(ids, aliases)).exclude(under_view_restriction())
    if not all_languages:
        found = found.filter(locale=locale)
    # In the candidates' order, so that hits that score alike stay in the order the backend ranked them.
    rank = {pk: position for position, pk in enumerate(ids)}
    rows = sorted(with_ranking_texts(found), key=lambda row: rank[row[2].page_id])
    phrase = [fold(word) for word in WORD.findall(query)]
    hits = [hit_for(pk, content_type, text, words, wanted, phrase) for pk, content_type, text in rows]
    if year is not None:
        hits = [hit for hit in hits if hit.date and hit.date.year == year]
    programme_type = ContentType.objects.get_for_model(ProgrammePage).pk
    hits.sort(key=lambda hit: (hit.score, hit.content_type_id == programme_type, hit.date or date.min), reverse=True)
    return Hits(hits, locales, correction_of(words))


def correction_of(words):
    """[(word, corrected)] for the query with each correction in place of the word it corrects; () when
    there is nothing to correct."""
    if not any(word.correction for word in words):
        return ()
    return [
        (in_case_of(word.typed, word.correction), True) if word.correction else (word.typed, False) for word in words
    ]


def in_case_of(typed, word):
    """The word in the case the visitor typed theirs: "Bergn" → "Bergen", "SMPU" → "SMUP"."""
    if typed.isupper() and len(typed) > 1:
        return word.upper()
    return word[:1].upper() + word[1:] if typed[:1].isupper() else word


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


NEAR_WEIGHT = 0.5  # exact matches rank above corrected or completed ones


def word_score(word, field_terms):
    if not word.exact.isdisjoint(field_terms):
        return 1
    return NEAR_WEIGHT if not word.near.isdisjoint(field_terms) else 0


def hit_for(page_id, content_type_id, text, words, wanted, phrase):
    """The page scored from its ranking text: for each field, the query's words found there in any
    of their forms (a word counts once however many of its forms the field has, and for less when it
    is there only as a known word near it); wanted: every term of every word, for the snippet; phrase:
    the query's words, folded."""
    by_field = text.analysis["terms"]
    score = 0
    for field, weight in FIELD_WEIGHTS.items():
        field_terms = set(by_field[field])
        score += weight * sum(word_score(word, field_terms) for word in words)
    if phrase == text.analysis["title"]:
        score += EXACT_TITLE_BONUS
    elif len(phrase) > 1 and f" {' '.join(phrase)} " in f" {text.analysis['words']} ":
        score += PHRASE_BONUS
    return SearchHit(page_id, content_type_id, score, text.date, text.language_code, wanted)
