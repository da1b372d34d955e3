"""The index's vocabulary: which terms it holds, the known words nearest to a misspelled one, and the
known words an unfinished one begins.

Kept in the table search.Term as pages are indexed, with how many ranking texts (pages a visitor can
find: search.ranking) hold each term, and in each process's memory (a sorted list of the words, grouped
by length) until indexing brings or takes a term. Edit distances are those of rapidfuzz's OSA (a
transposition is one edit), computed in C over the words of the lengths in reach.
"""

import bisect
import uuid
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from rapidfuzz import process
from rapidfuzz.distance import OSA

from django.core.cache import cache
from django.db import transaction

from core.analysis import WORD, fold

from .models import MAX_TERM_LENGTH, Term

VERSION_KEY = "search-vocabulary-version"
# Meilisearch's and Typesense's rule: one typo from 5 letters, two from 9.
EDITS_BY_LENGTH = ((9, 2), (5, 1))
MIN_PREFIX = 3
MAX_COMPLETIONS = 10


NASALS = {"ą", "ę"}


def nasals_spelled_out(word):
    return word.replace("ą", "on").replace("ę", "en")


def allowed_edits(word):
    return next((edits for length, edits in EDITS_BY_LENGTH if len(word) >= length), 0)


def terms_of(analysis):
    """The terms a ranking text's analysis holds, short enough to be words."""
    return {term for field in analysis["terms"].values() for term in field if len(term) <= MAX_TERM_LENGTH}


def record(ranking_texts, earlier, texts_by_page):
    """Count the terms of renewed ranking texts in place of their earlier analyses ({page id: analysis});
    texts_by_page: {page id: texts by field}, for the words as written."""
    held = {text.page_id: terms_of(text.analysis) for text in ranking_texts}
    changes = Counter()
    for page_id, terms in held.items():
        changes.update(terms)
        if page_id in earlier:
            changes.subtract(terms_of(earlier[page_id]))
    written = {
        fold(word): word.lower()
        for texts in texts_by_page.values()
        for text in texts.values()
        for word in WORD.findall(text or "")
    }
    terms = set().union(*held.values())
    count(changes, {term: written[term] for term in terms if term in written})


def uncount(analysis):
    """A ranking text is gone: its terms are held by one text fewer."""
    count(Counter({term: -1 for term in terms_of(analysis)}), {})


def count(changes, written):
    """Apply changes in how many ranking texts hold each term ({term: change}): a term comes with the first
    text of a findable page that holds it and goes with the last, so that no correction or completion offers
    a word nobody can find. written: {term: the word as written}, for terms a page writes.

    The rows are locked in the terms' order: indexing in two processes at once neither loses a count nor
    deadlocks."""
    changes = {term: change for term, change in changes.items() if change}
    touched = sorted(changes.keys() | written.keys())
    if not touched:
        return
    with transaction.atomic():
        new = [Term(term=term, written=written.get(term, "")) for term in touched if changes.get(term, 0) > 0]
        Term.objects.bulk_create(new, ignore_conflicts=True)
        rows = list(Term.objects.select_for_update().filter(term__in=touched).order_by("term"))
        vocabulary_changed = False
        for row in rows:
            before = row.pages
            row.pages = max(0, row.pages + changes.get(row.term, 0))
            # A term first met as a root ("partnership", the stem of "partnerships") becomes a word when a page says it.
            now_written = not row.written and written.get(row.term)
            row.written = row.written or written.get(row.term, "")
            vocabulary_changed |= bool(now_written) or (before == 0) != (row.pages == 0)
        Term.objects.bulk_update(rows, ["pages", "written"])
        Term.objects.filter(term__in=[row.term for row in rows if row.pages == 0]).delete()
    if vocabulary_changed:
        cache.set(VERSION_KEY, uuid.uuid4().hex, timeout=None)


@dataclass
class Vocabulary:
    terms: frozenset = frozenset()
    written: dict = field(default_factory=dict)  # folded word → the word as written, lower-cased
    words: list = field(default_factory=list)  # the folded words, sorted, for prefixes
    by_length: dict = field(default_factory=dict)  # length → folded words, for edit distances

    @classmethod
    def load(cls):
        rows = list(Term.objects.values_list("term", "written"))
        written = {term: word for term, word in rows if word}
        # "Mrongowo" is how many write "Mrągowo" without Polish letters: two edits from "mragowo".
        written |= {fold(nasals_spelled_out(word)): word for word in list(written.values()) if NASALS & set(word)}
        by_length = defaultdict(list)
        for word in written:
            by_length[len(word)].append(word)
        return cls(frozenset(term for term, _word in rows), written, sorted(written), dict(by_length))

    def knows_any(self, terms):
        return not self.terms.isdisjoint(terms)

    def nearest(self, word, limit=3):
        """The known words within the edits its length allows, nearest first (then shorter, then A–Z)."""
        edits = allowed_edits(word)
        if not edits:
            return []
        choices = [
            known
            for length in range(len(word) - edits, len(word) + edits + 1)
            for known in self.by_length.get(length, ())
        ]
        found = process.extract(word, choices, scorer=OSA.distance, score_cutoff=edits, limit=None)
        found.sort(key=lambda match: (match[1], len(match[0]), match[0]))
        return [self.written[known] for known, _distance, _index in found[:limit]]

    def completions(self, prefix):
        """Known words the prefix begins (not the prefix itself), the shortest first."""
        if len(prefix) < MIN_PREFIX:
            return []
        start = bisect.bisect_left(self.words, prefix)
        found = []
        for known in self.words[start : start + 50 * MAX_COMPLETIONS]:
            if not known.startswith(prefix):
                break
            if known != prefix:
                found.append(known)
        found.sort(key=lambda known: (len(known), known))
        return [self.written[known] for known in found[:MAX_COMPLETIONS]]


_loaded = {"version": None, "vocabulary": Vocabulary()}


def vocabulary():
    """This process's copy of the vocabulary, loaded again when indexing has added to it."""
    # A cache emptied (a flush, a new Redis) is a new version too: every process loads it again.
    version = cache.get_or_set(VERSION_KEY, lambda: uuid.uuid4().hex, timeout=None)
    if _loaded["version"] != version:
        _loaded["vocabulary"], _loaded["version"] = Vocabulary.load(), version
    return _loaded["vocabulary"]
