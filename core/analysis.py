"""Language analysis for search, done in Python so that every backend (SQLite, PostgreSQL,
OpenSearch) gets it: the indexed text and the query are turned into the same terms.

Each word gives its surface form and its roots (Snowball stem, of the word as written and as typed
without diacritics), lower-cased and folded to ASCII, so "szkoleń", "szkolenia" and "szkolen" meet,
and "sciekow" finds "ścieków". A Polish soft stem gives itself without its -i too, so "Norwegii"
(norwegi) meets "Norwegia" (norweg). A Norwegian compound also gives its parts, so "vann" finds
"vannforsyning". Acronyms and numbers (SMUP, WUF11, UC 130) pass through as they are.
"""

import re
from functools import cache, lru_cache, partial

import simplemma
import snowballstemmer
from anyascii import anyascii

from django.conf import settings

WORD = re.compile(r"\w+")
SNOWBALL_LANGUAGES = {"pl": "polish", "nb": "norwegian", "en": "english"}


@cache
def _stemmer(language_code):
    return snowballstemmer.stemmer(SNOWBALL_LANGUAGES[language_code])


# Polish names with a soft stem keep an -i in their oblique cases: Norwegii, Anglii → norwegi, angli,
# while their nominative stems to norweg, angl.
SOFT_STEM_LANGUAGES = {"pl"}
MIN_SOFT_STEM = 5


def snowball_root(word, language_code):
    return _stemmer(language_code).stemWord(word)


def soft_stem_roots(root, language_code):
    if language_code in SOFT_STEM_LANGUAGES and len(root) >= MIN_SOFT_STEM and root.endswith("i"):
        return {root, root[:-1]}
    return {root}


def simplemma_root(word, language_code):
    return simplemma.lemmatize(word, lang=language_code).lower()


# Snowball is the default (docs/search.md): simplemma's Polish dictionary takes 3 s and 600 MB to load
# in every process, for no better relevance; the others stay for measure_search_relevance.
ANALYSERS = {
    "snowball": (snowball_root,),
    "simplemma": (simplemma_root,),
    "snowball+simplemma": (snowball_root, simplemma_root),
}

# Norwegian writes compounds as one word; a part is a known word of at least this many letters.
COMPOUND_LANGUAGES = {"nb"}
MIN_PART = 4
LINKING_LETTERS = ("s", "e")  # partnerskap-s-avtale, jul-e-tre


@lru_cache(maxsize=50_000)
def compound_parts(word, language_code):
    """The two known words a compound is made of ("vannforsyning" → vann, forsyning), else ()."""
    if language_code not in COMPOUND_LANGUAGES or len(word) < 2 * MIN_PART + 1:
        return ()
    known = partial(simplemma.is_known, lang=language_code)
    for split in range(len(word) - MIN_PART, MIN_PART - 1, -1):  # the longest head first
        head, tail = word[:split], word[split:]
        if not known(tail):
            continue
        if known(head):
            return head, tail
        if head.endswith(LINKING_LETTERS) and len(head) > MIN_PART and known(head[:-1]):
            return head[:-1], tail
    return ()


def fold(word):
    return anyascii(word).lower()


def terms(text, language_code, analyser=None, *, parts=True):
    """The search terms of a text written in the given language; parts: with those of compounds' parts."""
    return [term for word in terms_by_word(text, language_code, analyser, parts=parts) for term in word]


def terms_by_word(text, language_code, analyser=None, *, parts=True):
    """For each word of the text, its terms: the word folded first (search.engine matches phrases on it)."""
    analyser = analyser or settings.SEARCH_ANALYSER
    return [word_terms(word, language_code, analyser, parts) for word in WORD.findall(text or "")]


# Ranking analyses the text of every candidate page; a language has far fewer distinct words.
@lru_cache(maxsize=200_000)
def word_terms(word, language_code, analyser, parts=True):
    """The word folded, and its roots as written and as typed without diacritics (and, with parts, those
    of its parts if it is a compound)."""
    lowered = word.lower()
    folded = fold(lowered)
    if lowered.isdigit():
        return (folded,)
    roots = set()
    for part in (lowered, *(compound_parts(lowered, language_code) if parts else ())):
        for root in ANALYSERS[analyser]:
            for found in (fold(root(part, language_code)), root(fold(part), language_code)):
                roots |= soft_stem_roots(found, language_code)
        roots.add(fold(part))
    return (folded, *sorted(roots - {folded}))


def analysed(text, language_code, analyser=None):
    return " ".join(terms(text, language_code, analyser))
