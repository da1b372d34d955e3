"""Each term counts the ranking texts that hold it, and only pages a visitor can find keep one
(search.vocabulary.count): drafts' and private pages' texts go, and with them the words only they had."""

from collections import Counter

from django.db import migrations, models
from django.db.models import Q

MAX_TERM_LENGTH = 64


def count_terms_of_findable_pages(apps, schema_editor):
    RankingText = apps.get_model("search", "RankingText")
    TitleWord = apps.get_model("search", "TitleWord")
    Term = apps.get_model("search", "Term")
    Page = apps.get_model("wagtailcore", "Page")
    PageViewRestriction = apps.get_model("wagtailcore", "PageViewRestriction")
    restricted = Q(pk__in=[])
    for path in PageViewRestriction.objects.values_list("page__path", flat=True):
        restricted |= Q(path__startswith=path)
    hidden = Page.objects.filter(Q(live=False) | restricted).values("pk")
    RankingText.objects.filter(page_id__in=hidden).delete()
    TitleWord.objects.filter(page_id__in=hidden).delete()
    held = Counter()
    for analysis in RankingText.objects.values_list("analysis", flat=True).iterator():
        held.update({term for field in analysis["terms"].values() for term in field if len(term) <= MAX_TERM_LENGTH})
    terms = list(Term.objects.all())
    for term in terms:
        term.pages = held[term.term]
    Term.objects.bulk_update(terms, ["pages"], batch_size=5000)
    Term.objects.filter(pages=0).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0007_title_word_length_and_locale"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.AddField(model_name="term", name="pages", field=models.PositiveIntegerField(default=0)),
        migrations.RunPython(count_terms_of_findable_pages, migrations.RunPython.noop),
    ]
