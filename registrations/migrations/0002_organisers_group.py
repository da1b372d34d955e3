"""The group "Organizatorzy": the only one (with administrators) that sees the sign-ups' personal data.

Editors and moderators get none of these permissions. The group may look at, export
and erase sign-ups (an erasure request), never add or edit them.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GROUP = "Organizatorzy"
PERMISSIONS = {
    "wagtailadmin": ["access_admin"],
    "registrations": ["view_registration", "delete_registration", "view_consentversion"],
}


def create_group(apps, schema_editor):
    # Permissions are normally created after all migrations; this one needs them now.
    app_config = apps.get_app_config("registrations")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None

    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    group, _created = Group.objects.get_or_create(name=GROUP)
    for app_label, codenames in PERMISSIONS.items():
        group.permissions.add(*Permission.objects.filter(content_type__app_label=app_label, codename__in=codenames))


def delete_group(apps, schema_editor):
    apps.get_model("auth.Group").objects.filter(name=GROUP).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("registrations", "0001_initial"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(create_group, delete_group)]
