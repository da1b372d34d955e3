"""Language analysis for search, done in Python so that every backend (SQLite, PostgreSQL,
OpenSearch) gets it: the indexed text and the query are turned into the same terms.

Each word gives its surface form and its roots (Snowball stem or simplemma lemma, of the word as
written and as typed without diacritics), lower-cased and folded to ASCII, so "szkoleń",
"szkolenia" and "szkolen" meet, and "sciekow" finds "ścieków".
Acronyms and numbers (SMUP, WUF11, UC 130) pass through as they are.
"""

import re
from functools import cache, lru_cache

import simplemma
import snowballstemmer
from anyascii import anyascii

from django.conf import settings

WORD = re.compile(r"\w+")
SNOWBALL_LANGUAGES = {"pl": "polish", "nb": "norwegian", "en": "english"}


@cache
def _stemmer(language_code):
    return snowballstemmer.stemmer(SNOWBALL_LANGUAGES[language_code])


def snowball_root(word, language_code):
    return _stemmer(language_code).stemWord(word)


def simplemma_root(word, language_code):
    return simplemma.lemmatize(word, lang=language_code).lower()


ANALYSERS = {"snowball": snowball_root, "simplemma": simplemma_root}


def fold(word):
    return anyascii(word).lower()


def terms(text, language_code, analyser=None):
    """The search terms of a text written in the given language."""
    return [term for word in terms_by_word(text, language_code, analyser) for term in word]


def terms_by_word(text, language_code, analyser=None):
    """For each word of the text, its terms: the word folded first (search.engine matches phrases on it)."""
    analyser = analyser or settings.SEARCH_ANALYSER
    return [word_terms(word, language_code, analyser) for word in WORD.findall(text or "")]


# Ranking analyses the text of every candidate page; a language has far fewer distinct words.
@lru_cache(maxsize=200_000)
def word_terms(word, language_code, analyser):
    """The word folded, and its roots as written and as typed without diacritics."""
    root = ANALYSERS[analyser]
    lowered = word.lower()
    folded = fold(lowered)
    if lowered.isdigit():
        return (folded,)
    roots = {fold(root(lowered, language_code)), root(folded, language_code)} - {folded}
    return (folded, *sorted(roots))


def analysed(text, language_code, analyser=None):
    return " ".join(terms(text, language_code, analyser))
