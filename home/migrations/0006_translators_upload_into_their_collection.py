"""Translators upload their PDFs into a collection of their own, never into a private one.

Until now they held add_document on the root collection, which every collection inherits, private
ones included. They keep choosing any document; adding moves to the "Tłumaczenia" collection.
"""

from django.db import migrations

TRANSLATOR_GROUPS = ["Tłumacze EN", "Tłumacze NB"]
COLLECTION_NAME = "Tłumaczenia"


def add_document_permission(apps):
    ContentType = apps.get_model("contenttypes.ContentType")
    Permission = apps.get_model("auth.Permission")
    content_type, _created = ContentType.objects.get_or_create(app_label="wagtaildocs", model="document")
    permission, _created = Permission.objects.get_or_create(
        content_type=content_type, codename="add_document", defaults={"name": "Can add document"}
    )
    return permission


def translators_collection(apps):
    """The collection, made as the last child of the root collection (treebeard's MP_Node fields by hand)."""
    Collection = apps.get_model("wagtailcore.Collection")
    root = Collection.objects.get(depth=1)
    existing = Collection.objects.filter(depth=2, name=COLLECTION_NAME).first()
    if existing:
        return root, existing
    last = Collection.objects.filter(depth=2).order_by("-path").first()
    step = len(root.path)
    number = int(last.path[step:], 36) + 1 if last else 1
    path = root.path + _base36(number).rjust(step, "0")
    collection = Collection.objects.create(name=COLLECTION_NAME, path=path, depth=2, numchild=0)
    Collection.objects.filter(pk=root.pk).update(numchild=root.numchild + 1)
    return root, collection


def _base36(number):
    digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    text = ""
    while number:
        number, digit = divmod(number, 36)
        text = digits[digit] + text
    return text or "0"


def forward(apps, schema_editor):
    GroupCollectionPermission = apps.get_model("wagtailcore.GroupCollectionPermission")
    root, collection = translators_collection(apps)
    permission = add_document_permission(apps)
    for group_name in TRANSLATOR_GROUPS:
        granted = GroupCollectionPermission.objects.filter(group__name=group_name, permission=permission)
        group_ids = set(granted.values_list("group_id", flat=True))
        granted.filter(collection=root).delete()
        for group_id in group_ids:
            GroupCollectionPermission.objects.get_or_create(
                group_id=group_id, collection=collection, permission=permission
            )


def backward(apps, schema_editor):
    Collection = apps.get_model("wagtailcore.Collection")
    GroupCollectionPermission = apps.get_model("wagtailcore.GroupCollectionPermission")
    root = Collection.objects.get(depth=1)
    permission = add_document_permission(apps)
    granted = GroupCollectionPermission.objects.filter(group__name__in=TRANSLATOR_GROUPS, permission=permission)
    for group_id in set(granted.values_list("group_id", flat=True)):
        GroupCollectionPermission.objects.get_or_create(group_id=group_id, collection=root, permission=permission)
    granted.exclude(collection=root).delete()


class Migration(migrations.Migration):
    dependencies = [("home", "0005_accessibilitystatementpage")]

    operations = [migrations.RunPython(forward, backward)]
