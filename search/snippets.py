"""The passage of a result that matches the query, with the matching words marked."""

import re

from django.utils.html import escape
from django.utils.safestring import mark_safe

from core.analysis import terms

SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")
WORD_OR_OTHER = re.compile(r"(\w+)")
MAX_LENGTH = 240


def best_passage(texts, query_terms, language_code):
    """The sentence with the most query terms among the texts, in order of preference; None if none matches."""
    best, best_hits = None, 0
    for text in texts:
        for sentence in SENTENCE_END.split(text or ""):
            hits = len(query_terms & set(terms(sentence, language_code)))
            if hits > best_hits:
                best, best_hits = sentence.strip(), hits
    return best


def highlighted(passage, query_terms, language_code):
    """The passage, escaped, with each word whose terms the query shares wrapped in <mark>."""
    if len(passage) > MAX_LENGTH:
        passage = passage[:MAX_LENGTH].rsplit(" ", 1)[0] + " …"
    parts = []
    for part in WORD_OR_OTHER.split(passage):
        if part and WORD_OR_OTHER.fullmatch(part) and query_terms & set(terms(part, language_code)):
            parts.append(f"<mark>{escape(part)}</mark>")
        else:
            parts.append(escape(part))
    return mark_safe("".join(parts))  # noqa: S308  (every part is escaped above)
