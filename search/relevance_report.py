"""How many queries of the relevance set find their page in the top 3."""

from collections import Counter

from wagtail.models import Page

from . import engine
from .relevance import RELEVANCE_SET

TOP = 3


def found_in_top(language_code, query, slugs):
    hits = engine.search(query, language_code=language_code)[:TOP]
    return any(hit.page.slug in slugs for hit in hits)


def relevance_rates(queries=RELEVANCE_SET):
    """{language: (found, asked)} and the queries that missed."""
    found, asked, misses = Counter(), Counter(), []
    for language_code, query, slug in queries:
        slugs = (slug,) if isinstance(slug, str) else slug
        assert Page.objects.filter(slug__in=slugs, locale__language_code=language_code).count() == len(slugs), slugs
        asked[language_code] += 1
        if found_in_top(language_code, query, slugs):
            found[language_code] += 1
        else:
            misses.append((language_code, query, slug))
    return {language: (found[language], asked[language]) for language in asked}, misses
