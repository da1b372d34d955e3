"""Aliases leave the search index: core.indexing no longer indexes them (search.engine looks up
their sources instead), so the entries made for them before are deleted."""

from itertools import groupby

from django.db import migrations


def delete_alias_entries(apps, schema_editor):
    # The model itself, not the historical one: on SQLite its full-text row is deleted with it.
    from wagtail.search.models import IndexEntry

    Page = apps.get_model("wagtailcore", "Page")
    aliases = Page.objects.filter(alias_of__isnull=False).order_by("content_type_id").values_list("content_type_id", "pk")
    for content_type_id, group in groupby(aliases, key=lambda alias: alias[0]):
        ids = [str(pk) for _type, pk in group]
        for start in range(0, len(ids), 1000):
            IndexEntry.objects.filter(content_type_id=content_type_id, object_id__in=ids[start : start + 1000]).delete()


class Migration(migrations.Migration):
    dependencies = [("search", "0001_title_body_search_index"), ("wagtailcore", "0098_apitoken")]

    operations = [migrations.RunPython(delete_alias_entries, migrations.RunPython.noop)]
