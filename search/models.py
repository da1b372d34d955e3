"""What ranking needs of each indexed page, kept at index time."""

from django.db import models

from wagtail.models import Page


class RankingText(models.Model):
    """What ranking needs of an indexed page, analysed when the page is indexed (search.backend): a
    search scores its 50 candidates from these rows and loads only the pages it shows."""

    page = models.OneToOneField(Page, primary_key=True, on_delete=models.CASCADE, related_name="ranking_text")
    language_code = models.CharField(max_length=10)
    date = models.DateField(null=True)
    # {"terms": {field: [its distinct terms]}, "title": [the title's words, folded],
    #  "words": "the folded words of title, lead and body", for the phrase bonus}
    analysis = models.JSONField()

    def __str__(self):
        return f"ranking text of page {self.page_id}"
