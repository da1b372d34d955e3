"""An index on the page id as text, on PostgreSQL.

Wagtail's search joins index entries to pages on `page.id::varchar = entry.object_id`, which the
primary key cannot serve: PostgreSQL read every page of the searched locales (10–20 ms with the scale
content) to find the few hundred an uncommon word matches. With this index it looks those up.
"""

from django.db import migrations

INDEX = "search_page_id_as_text"


def create_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"CREATE INDEX IF NOT EXISTS {INDEX} ON wagtailcore_page (((id::varchar(50))::text))")


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [("search", "0002_aliases_out_of_the_index")]

    operations = [migrations.RunPython(create_index, drop_index)]
