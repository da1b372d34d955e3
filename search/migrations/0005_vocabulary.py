"""The index's vocabulary (search.vocabulary), filled from the ranking texts of the pages indexed so far;
`update_index` makes it again with the words as written (here they are folded)."""

from django.db import migrations, models

MAX_TERM_LENGTH = 64


def fill_from_ranking_texts(apps, schema_editor):
    RankingText = apps.get_model("search", "RankingText")
    Term = apps.get_model("search", "Term")
    rows = {}
    for analysis in RankingText.objects.values_list("analysis", flat=True).iterator():
        words = set(analysis["words"].split()) | set(analysis["title"])
        for field in analysis["terms"].values():
            for term in field:
                if len(term) <= MAX_TERM_LENGTH:
                    rows[term] = term if term in words else rows.get(term, "")
    Term.objects.bulk_create([Term(term=term, written=word) for term, word in rows.items()], batch_size=5000)


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0004_ranking_texts"),
    ]

    operations = [
        migrations.CreateModel(
            name="Term",
            fields=[
                ("term", models.CharField(max_length=64, primary_key=True, serialize=False)),
                ("written", models.CharField(blank=True, max_length=64)),
            ],
        ),
        migrations.RunPython(fill_from_ranking_texts, migrations.RunPython.noop),
    ]
