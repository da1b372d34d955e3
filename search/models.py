"""What ranking needs of each indexed page, kept at index time."""

from django.db import models

from wagtail.models import Locale, Page

MAX_TERM_LENGTH = 64  # longer "words" (hashes, URLs) are no one's typo


class RankingText(models.Model):
    """What ranking needs of an indexed page, analysed when the page is indexed (search.backend): a
    search scores its 50 candidates from these rows and loads only the pages it shows. Only pages a
    visitor can find have one (live, no view restriction): the vocabulary is made of their terms."""

    page = models.OneToOneField(Page, primary_key=True, on_delete=models.CASCADE, related_name="ranking_text")
    language_code = models.CharField(max_length=10)
    date = models.DateField(null=True)
    # {"terms": {field: [its distinct terms]}, "title": [the title's words, folded],
    #  "words": "the folded words of title, lead and body", for the phrase bonus}
    analysis = models.JSONField()

    def __str__(self):
        return f"ranking text of page {self.page_id}"


class Term(models.Model):
    """A term the index holds (search.vocabulary): every form of every indexed word, and for a word as
    written, that word, so that a misspelled or unfinished word can be matched to it."""

    term = models.CharField(max_length=MAX_TERM_LENGTH, primary_key=True)
    written = models.CharField(max_length=MAX_TERM_LENGTH, blank=True)  # "" for a root that is no word
    # How many ranking texts hold it: the term goes with the last (search.vocabulary.count).
    pages = models.PositiveIntegerField(default=0)

    def __str__(self):
        return self.term


class TitleWord(models.Model):
    """A word of an indexed page's title, folded: what suggestions look up by prefix (search.titles)."""

    page = models.ForeignKey(Page, on_delete=models.CASCADE, related_name="+")
    word = models.CharField(max_length=MAX_TERM_LENGTH)
    # The page's, so that suggestions rank the shortest titles of a visitor's languages from this table alone.
    title_length = models.PositiveIntegerField(default=0)
    locale = models.ForeignKey(Locale, null=True, on_delete=models.CASCADE, related_name="+")

    class Meta:
        # word LIKE 'sunn%' on PostgreSQL whatever the database's collation (other databases ignore opclasses),
        # ranked from the index alone (a prefix's rows lie all over the table): the other columns are keys of
        # the index rather than INCLUDEd, which SQLite lacks (and warned of, models.W040, at every command).
        indexes = [
            models.Index(
                fields=["word", "locale", "title_length", "page"],
                name="title_word_prefix_ranked",
                opclasses=["varchar_pattern_ops", "int4_ops", "int4_ops", "int4_ops"],
            )
        ]

    def __str__(self):
        return self.word
