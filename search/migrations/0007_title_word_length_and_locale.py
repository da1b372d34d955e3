import django.db.models.deletion
from django.db import migrations, models
from django.db.models import OuterRef, Subquery
from django.db.models.functions import Length


def fill_from_pages(apps, schema_editor):
    Page = apps.get_model("wagtailcore", "Page")
    TitleWord = apps.get_model("search", "TitleWord")
    page = Page.objects.filter(pk=OuterRef("page_id"))
    TitleWord.objects.update(
        title_length=Subquery(page.values(length=Length("title"))), locale_id=Subquery(page.values("locale_id"))
    )


class Migration(migrations.Migration):

    dependencies = [
        ("search", "0006_title_words"),
        ("wagtailcore", "0094_alter_page_locale"),
    ]

    operations = [
        migrations.AddField(
            model_name="titleword",
            name="title_length",
            field=models.PositiveIntegerField(default=0),
        ),
        migrations.AddField(
            model_name="titleword",
            name="locale",
            field=models.ForeignKey(
                null=True, on_delete=django.db.models.deletion.CASCADE, related_name="+", to="wagtailcore.locale"
            ),
        ),
        migrations.RunPython(fill_from_pages, migrations.RunPython.noop),
        migrations.RemoveIndex(model_name="titleword", name="title_word_prefix"),
        migrations.AddIndex(
            model_name="titleword",
            index=models.Index(
                fields=["word"],
                include=("locale", "title_length", "page"),
                name="title_word_prefix",
                opclasses=["varchar_pattern_ops"],
            ),
        ),
    ]
