"""Each indexed page's ranking text (search.models.RankingText): made as the page is indexed, read
when a search scores its candidates, instead of loading fifty pages and analysing their texts
(docs/performance.md)."""

from wagtail.models import Page

from core.analysis import terms_by_word
from core.indexing import AnalysedTextMixin
from core.languages import content_language
from core.querysets import under_view_restriction
from documents.models import PdfText, PositionDocumentPage

from . import titles, vocabulary
from .models import RankingText

PHRASE_FIELDS = ("title", "lead", "body")


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


def texts_by_page(pages):
    """{page id: its texts by field (texts_of)}, the documents' PDF texts read in one query."""
    document_ids = [page.document_id for page in pages if isinstance(page, PositionDocumentPage)]
    pdf_texts = PdfText.objects.readable_by_anyone().filter(document_id__in=document_ids)
    pdf_texts = dict(pdf_texts.values_list("document_id", "text"))
    return {page.pk: texts_of(page, pdf_texts.get(getattr(page, "document_id", None), "")) for page in pages}


# The dates a page's readers see on it: a news item's, a document's adoption, an event's start.
DATE_FIELDS = ("date", "adopted_on", "start_date")


def own_date(page):
    return next((getattr(page, name) for name in DATE_FIELDS if getattr(page, name, None)), None)


def page_date(page):
    """The date ranking prefers newer pages by: the page's own, else when it was first published."""
    return own_date(page) or (page.first_published_at.date() if page.first_published_at else None)


def ranking_text(page, texts):
    language_code = content_language(page)
    words = {field: terms_by_word(text, language_code) for field, text in texts.items()}
    analysis = {
        "terms": {field: sorted({term for word in by_word for term in word}) for field, by_word in words.items()},
        # A word's first term is the word folded (core.analysis), what phrases are matched on.
        "title": [word[0] for word in words["title"]],
        "words": " ".join(word[0] for field in PHRASE_FIELDS for word in words[field]),
    }
    return RankingText(page_id=page.pk, language_code=language_code, date=page_date(page), analysis=analysis)


def findable(pages):
    """The ids of the pages a visitor can find: live, without a view restriction on them or above."""
    live = [page.pk for page in pages if page.live]
    return set(Page.objects.filter(pk__in=live).exclude(under_view_restriction()).values_list("pk", flat=True))


def store(pages):
    """Make or renew the ranking texts of these (specific) pages, and count their words in the vocabulary;
    a page nobody can find (a draft, a private page) has none, so that its words are offered to nobody."""
    shown = findable(pages)
    forget([page for page in pages if page.pk not in shown])
    pages = [page for page in pages if page.pk in shown]
    texts_of_page = texts_by_page(pages)
    texts = [ranking_text(page, texts_of_page[page.pk]) for page in pages]
    earlier = dict(RankingText.objects.filter(page_id__in=shown).values_list("page_id", "analysis"))
    RankingText.objects.bulk_create(
        texts, update_conflicts=True, unique_fields=["page"], update_fields=["language_code", "date", "analysis"]
    )
    vocabulary.record(texts, earlier, texts_of_page)
    titles.store(pages, texts)
    return texts


TEXT_COLUMNS = ("language_code", "date", "analysis")


def with_ranking_texts(pages):
    """(page id, content type id, ranking text) for each of the pages, from one query. An alias's ranking
    text is its source's, the page indexed; texts missing (an index older than them) are made now."""
    columns = [f"{owner}ranking_text__{name}" for owner in ("", "alias_of__") for name in TEXT_COLUMNS]
    rows = list(pages.values_list("pk", "alias_of_id", "content_type_id", *columns))
    texts = {}  # by the page indexed
    for pk, alias_of, _type, *values in rows:
        language_code, day, analysis = values[3:] if alias_of else values[:3]
        if analysis is not None:
            indexed = alias_of or pk
            texts[indexed] = RankingText(page_id=indexed, language_code=language_code, date=day, analysis=analysis)
    if missing := {alias_of or pk for pk, alias_of, *_rest in rows} - texts.keys():
        texts |= {text.page_id: text for text in store(list(Page.objects.filter(pk__in=missing).specific()))}
    return [
        (pk, content_type, texts[alias_of or pk])
        for pk, alias_of, content_type, *_values in rows
        if (alias_of or pk) in texts  # a page nobody can find has none
    ]


def forget(pages):
    """Their ranking texts go, and with each its count of terms (search.signals)."""
    RankingText.objects.filter(page_id__in=[page.pk for page in pages]).delete()
    titles.forget(pages)
