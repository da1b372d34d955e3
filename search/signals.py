"""The vocabulary follows what visitors can find: a ranking text's terms leave with it, and a view restriction
added or lifted renews the ranking texts of the pages below it. (An unpublished page is saved, so indexed
again, and search.ranking.store forgets a page that is not live.)"""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from wagtail.models import Page, PageViewRestriction

from core.querysets import forget_restricted_paths

from . import ranking, vocabulary
from .models import RankingText

BATCH = 500


@receiver(post_delete, sender=RankingText)
def uncount_terms_of_forgotten_text(sender, instance, **kwargs):
    """Also when the text goes with its page (a cascade): the vocabulary counts every text that went."""
    vocabulary.uncount(instance.analysis)


@receiver(post_save, sender=PageViewRestriction)
@receiver(post_delete, sender=PageViewRestriction)
def renew_ranking_texts_below_restriction(sender, instance, **kwargs):
    forget_restricted_paths()
    page = Page.objects.filter(pk=instance.page_id).first()
    if page is None:  # the restriction went with its page
        return
    pages = page.get_descendants(inclusive=True).specific().order_by("path")
    for start in range(0, pages.count(), BATCH):
        ranking.store(list(pages[start : start + BATCH]))
