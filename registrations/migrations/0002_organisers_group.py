"""The group "Organizatorzy": the only one (with administrators) that sees the sign-ups' personal data.

Editors and moderators get none of these permissions. The group may look at, export
and erase sign-ups (an erasure request), never add or edit them.
"""

from django.db import migrations

from core import groups

GROUP = "Organizatorzy"
PERMISSIONS = {
    "wagtailadmin": ["access_admin"],
    "registrations": ["view_registration", "delete_registration", "view_consentversion"],
}


def create_group(apps, schema_editor):
    groups.create_group(apps, GROUP, "registrations", PERMISSIONS)


def delete_group(apps, schema_editor):
    apps.get_model("auth.Group").objects.filter(name=GROUP).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("registrations", "0001_initial"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(create_group, delete_group)]
