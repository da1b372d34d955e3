"""Editors and moderators in Polish, with Wagtail's moderation workflow on the whole tree.

Wagtail's own migrations create the groups "Editors" (create, edit, submit for moderation;
images and documents in every collection) and "Moderators" (also publish and lock), with the
"Moderators approval" workflow on the root page. We give them the names our editors use.
"""

from django.db import migrations

RENAMES = {"Editors": "Redaktorzy", "Moderators": "Moderatorzy"}
WORKFLOW_NAME = ("Moderators approval", "Akceptacja moderatora")


def rename(apps, forward):
    Group = apps.get_model("auth.Group")
    Task = apps.get_model("wagtailcore.Task")
    Workflow = apps.get_model("wagtailcore.Workflow")

    renames = RENAMES.items() if forward else ((new, old) for old, new in RENAMES.items())
    for old, new in renames:
        Group.objects.filter(name=old).update(name=new)
    old, new = WORKFLOW_NAME if forward else reversed(WORKFLOW_NAME)
    Task.objects.filter(name=old).update(name=new)
    Workflow.objects.filter(name=old).update(name=new)


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0002_locales_and_home_page"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
    ]

    operations = [
        migrations.RunPython(lambda apps, schema_editor: rename(apps, True), lambda apps, schema_editor: rename(apps, False))
    ]
