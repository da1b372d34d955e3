"""The group "Newsletter": the only one that sees subscribers and sends issues.

Ordinary editors and moderators get none of these permissions: subscribers' addresses
are personal data, seen by as few people as the work needs. The group may look at
and erase subscribers (an erasure request by letter), never add or edit them.
"""

from django.db import migrations

from core import groups

GROUP = "Newsletter"
PERMISSIONS = {
    "wagtailadmin": ["access_admin"],
    "newsletter": [
        "view_subscriber",
        "delete_subscriber",
        "view_consentversion",
        "add_newsletterissue",
        "change_newsletterissue",
        "delete_newsletterissue",
        "view_newsletterissue",
        "send_newsletterissue",
    ],
}


def create_group(apps, schema_editor):
    groups.create_group(apps, GROUP, "newsletter", PERMISSIONS)


def delete_group(apps, schema_editor):
    apps.get_model("auth.Group").objects.filter(name=GROUP).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("newsletter", "0001_initial"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(create_group, delete_group)]
