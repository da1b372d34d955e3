"""Language analysis for search, done in Python so that every backend (SQLite, PostgreSQL,
OpenSearch) gets it: the indexed text and the query are turned into the same terms.

Each word gives its surface form and its roots (Snowball stem or simplemma lemma, of the word as
written and as typed without diacritics), lower-cased and folded to ASCII, so "szkoleń",
"szkolenia" and "szkolen" meet, and "sciekow" finds "ścieków".
Acronyms and numbers (SMUP, WUF11, UC 130) pass through as they are.
"""

import re
from functools import cache

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
    root = ANALYSERS[analyser or settings.SEARCH_ANALYSER]
    found = []
    for word in WORD.findall(text or ""):
        lowered = word.lower()
        folded = fold(lowered)
        found.append(folded)
        if not lowered.isdigit():
            # The root of the word as written and of the word typed without diacritics.
            roots = {fold(root(lowered, language_code)), root(folded, language_code)} - {folded}
            found.extend(sorted(roots))
    return found


def analysed(text, language_code, analyser=None):
    return " ".join(terms(text, language_code, analyser))
