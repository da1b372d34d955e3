
import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


MAX_TERM_LENGTH = 64


def fill_from_ranking_texts(apps, schema_editor):
    RankingText = apps.get_model("search", "RankingText")
    TitleWord = apps.get_model("search", "TitleWord")
    rows = (
        TitleWord(page_id=page_id, word=word)
        for page_id, analysis in RankingText.objects.values_list("page_id", "analysis").iterator()
        for word in set(analysis["title"])
        if len(word) <= MAX_TERM_LENGTH
    )
    TitleWord.objects.bulk_create(rows, batch_size=5000)


class Migration(migrations.Migration):

    dependencies = [
        ('search', '0005_vocabulary'),
        migrations.swappable_dependency(settings.WAGTAIL_PAGE_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name='TitleWord',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('word', models.CharField(max_length=64)),
                ('page', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='+', to=settings.WAGTAIL_PAGE_MODEL)),
            ],
            options={
                'indexes': [models.Index(fields=['word'], name='title_word_prefix', opclasses=['varchar_pattern_ops'])],
            },
        ),
        migrations.RunPython(fill_from_ranking_texts, migrations.RunPython.noop),
    ]
