"""Suggestions' quick way: the pages whose titles have a word beginning with each word typed, looked up
in the title words kept with the index (search.TitleWord) instead of ranking whole index entries.

The shortest titles of the visitor's languages are ranked in that table alone (its title_length and
locale), and only the best few hundred are checked against the pages a visitor may see: a common
prefix ("stud") begins thousands of title words, and sorting their pages' titles took 10-15 ms
(docs/performance.md)."""

from django.db.models import Q
from django.db.models.functions import Length

from wagtail.models import Page

from core.analysis import WORD, fold, terms
from core.querysets import under_view_restriction

from .languages import in_language, searched_languages, searched_locales
from .models import MAX_TERM_LENGTH, TitleWord
from .vocabulary import vocabulary

MAX_WORDS = 5
MIN_LAST_WORD = 2
MIN_STEM = 3
CANDIDATES_PER_SUGGESTION = 5  # Polish pages without an alias in the visitor's language drop out
ENTRIES_PER_PAGE = 2  # title words ranked for each candidate wanted


def store(pages, ranking_texts):
    """Renew the title words of these pages from their ranking texts (the title's words, folded)."""
    TitleWord.objects.filter(page_id__in=[text.page_id for text in ranking_texts]).delete()
    by_id = {page.pk: page for page in pages}
    rows = [
        TitleWord(
            page_id=text.page_id,
            word=word,
            title_length=len(by_id[text.page_id].title),
            locale_id=by_id[text.page_id].locale_id,
        )
        for text in ranking_texts
        for word in set(text.analysis["title"])
        if len(word) <= MAX_TERM_LENGTH
    ]
    TitleWord.objects.bulk_create(rows)


def forget(pages):
    TitleWord.objects.filter(page_id__in=[page.pk for page in pages]).delete()


def pages_titled(query, language_code, locales, count, stopwords=frozenset()):
    """Up to count pages of the visitor's locale, shortest title first, whose titles have a word beginning
    with each word of the query but its stopwords ("w", "za": the beginning of half the titles' words);
    the last, being typed, of two letters or more when it is the only one. When none has, a word the
    index knows begins titles in any of its forms ("wody": "wodę"); locales: the site's, by id."""
    *before, last = [fold(word) for word in WORD.findall(query)][-MAX_WORDS:] or [""]
    words = [word for word in before if word not in stopwords] + [last]
    if not last or (len(words) == 1 and len(last) < MIN_LAST_WORD):
        return []
    shown = titled(words, language_code, locales, count)
    if not shown and (stems := stemmed(words, searched_languages(language_code))) != words:
        shown = titled(stems, language_code, locales, count)
    return suggested(shown)


def stemmed(words, language_codes):
    """Each word the index knows as written cut to its shortest form of three letters or more."""
    known = vocabulary()

    def stem(word):
        if word not in known.written:
            return word
        forms = {term for code in language_codes for term in terms(word, code, parts=False)}
        return min((form for form in forms if len(form) >= MIN_STEM), key=len, default=word)

    return [stem(word) for word in words]


def titled(words, language_code, locales, count):
    """Ids of up to count pages to show, shortest title first, with a title word beginning with each word."""
    locale, searched = searched_locales(language_code, locales)
    shown = shortest_titled(words, searched, locale, count)
    if shown is None:
        _locale, pages, _aliases = in_language(Page, language_code, locales, None)
        pages = pages.exclude(under_view_restriction())
        for word in words:
            pages = pages.filter(pk__in=beginning(word).values("page_id"))
        found = pages.order_by(Length("title"), "-pk").values_list("pk", flat=True)[: count * CANDIDATES_PER_SUGGESTION]
        shown = shown_in_locale(list(found), locale)[:count]
    return shown


def beginning(word):
    return TitleWord.objects.filter(word__startswith=word)


def shortest_titled(words, locale_ids, locale, count):
    """Ids of up to count pages to show, shortest title first, with a title word beginning with each word;
    None when the best title words of these locales were mostly of pages not shown (drafts, private
    pages, Polish pages without an alias in the visitor's locale), and the pages must be sorted."""
    *before, last = words
    entries = beginning(last).filter(locale_id__in=locale_ids)
    for word in before:
        entries = entries.filter(page_id__in=beginning(word).values("page_id"))
    limit = count * CANDIDATES_PER_SUGGESTION * ENTRIES_PER_PAGE
    rows = list(entries.order_by("title_length", "-page_id").values_list("page_id", flat=True)[:limit])
    shown = shown_in_locale(list(dict.fromkeys(rows)), locale)  # a title with two such words comes once
    if len(shown) < count and len(rows) == limit:
        return None
    return shown[:count]


def shown_in_locale(ids, locale):
    """Of these pages, in this order, those a visitor of the locale may see there: its own, and the Polish
    ones with a live alias in it, swapped for the alias (search.languages.in_place_of_sources)."""
    rows = (
        Page.objects.live()
        .filter(Q(pk__in=ids) | Q(alias_of_id__in=ids), locale=locale)
        .exclude(under_view_restriction())
        .values_list("pk", "alias_of_id")
    )
    shown_for = {source or pk: pk for pk, source in rows}
    return [shown_for[pk] for pk in ids if pk in shown_for]


def suggested(ids):
    """The pages, in this order, with what a suggestion shows of them (search.views.suggestion)."""
    by_id = Page.objects.select_related("locale", "alias_of__locale").in_bulk(ids)
    return [by_id[pk] for pk in ids]
