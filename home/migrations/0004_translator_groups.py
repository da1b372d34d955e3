"""Translators of English and of Norwegian: each edits and publishes its own locale's tree only."""

from django.db import migrations

TRANSLATOR_GROUPS = {"Tłumacze EN": "en", "Tłumacze NB": "nb"}
PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page"]
COLLECTION_PERMISSIONS = [
    ("wagtailimages", "image", "choose_image"),
    ("wagtaildocs", "document", "add_document"),  # a translation may bring its own PDF
    ("wagtaildocs", "document", "choose_document"),
]


def permission(apps, app_label, model, codename):
    ContentType = apps.get_model("contenttypes.ContentType")
    Permission = apps.get_model("auth.Permission")
    content_type, _created = ContentType.objects.get_or_create(app_label=app_label, model=model)
    found, _created = Permission.objects.get_or_create(
        content_type=content_type, codename=codename, defaults={"name": codename.replace("_", " ")}
    )
    return found


def create_translator_groups(apps, schema_editor):
    Group = apps.get_model("auth.Group")
    Collection = apps.get_model("wagtailcore.Collection")
    GroupCollectionPermission = apps.get_model("wagtailcore.GroupCollectionPermission")
    GroupPagePermission = apps.get_model("wagtailcore.GroupPagePermission")
    Page = apps.get_model("wagtailcore.Page")

    root_collection = Collection.objects.get(depth=1)
    for name, language_code in TRANSLATOR_GROUPS.items():
        group, _created = Group.objects.get_or_create(name=name)
        group.permissions.add(
            permission(apps, "wagtailadmin", "admin", "access_admin"),
            permission(apps, "wagtail_localize", "translation", "submit_translation"),
        )
        home = Page.objects.get(depth=2, locale__language_code=language_code)
        for codename in PAGE_PERMISSIONS:
            GroupPagePermission.objects.get_or_create(
                group=group, page=home, permission=permission(apps, "wagtailcore", "page", codename)
            )
        for app_label, model, codename in COLLECTION_PERMISSIONS:
            GroupCollectionPermission.objects.get_or_create(
                group=group, collection=root_collection, permission=permission(apps, app_label, model, codename)
            )


def remove_translator_groups(apps, schema_editor):
    apps.get_model("auth.Group").objects.filter(name__in=TRANSLATOR_GROUPS).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0003_editor_groups"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
        ("wagtailadmin", "0006_formstate"),
    ]

    operations = [migrations.RunPython(create_translator_groups, remove_translator_groups)]
