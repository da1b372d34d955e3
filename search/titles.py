"""Suggestions' quick way: the pages whose titles have a word beginning with each word typed, looked up
in the title words kept with the index (search.TitleWord) instead of ranking whole index entries."""

from django.db.models.functions import Length

from wagtail.models import Page

from core.analysis import WORD, fold
from core.querysets import under_view_restriction

from .languages import in_place_of_sources
from .models import MAX_TERM_LENGTH, TitleWord

MAX_WORDS = 5
MIN_LAST_WORD = 2
CANDIDATES_PER_SUGGESTION = 5  # Polish pages without an alias in the visitor's language drop out


def store(ranking_texts):
    """Renew the title words of these pages from their ranking texts (the title's words, folded)."""
    TitleWord.objects.filter(page_id__in=[text.page_id for text in ranking_texts]).delete()
    rows = [
        TitleWord(page_id=text.page_id, word=word)
        for text in ranking_texts
        for word in set(text.analysis["title"])
        if len(word) <= MAX_TERM_LENGTH
    ]
    TitleWord.objects.bulk_create(rows)


def forget(pages):
    TitleWord.objects.filter(page_id__in=[page.pk for page in pages]).delete()


def pages_titled(query, pages, aliases, locale, count, stopwords=frozenset()):
    """Up to count pages of the visitor's locale, shortest title first, whose titles have a word beginning
    with each word of the query but its stopwords ("w", "za": the beginning of half the titles' words),
    the last, being typed, of two letters or more; pages: the pages to look in, aliases: the locale's
    (search.engine)."""
    *before, last = [fold(word) for word in WORD.findall(query)][-MAX_WORDS:] or [""]
    words = [word for word in before if word not in stopwords] + [last]
    if len(last) < MIN_LAST_WORD:
        return []
    for word in words:
        pages = pages.filter(pk__in=TitleWord.objects.filter(word__startswith=word).values("page_id"))
    found = list(
        pages.exclude(under_view_restriction())
        .order_by(Length("title"), "-pk")
        .values_list("pk", flat=True)[: count * CANDIDATES_PER_SUGGESTION]
    )
    shown = in_place_of_sources(found, aliases)
    in_locale = Page.objects.filter(pk__in=shown, locale=locale).select_related("locale", "alias_of__locale")
    by_id = {page.pk: page for page in in_locale}
    return [by_id[pk] for pk in shown if pk in by_id][:count]
