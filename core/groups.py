"""Groups of the admin made by migrations, with the permissions their work needs and no more."""

from django.contrib.auth.management import create_permissions


def create_group(apps, name, own_app_label, permissions):
    """The group `name` with permissions ({app label: [codename, …]}), those of own_app_label created first:
    Django creates permissions after all migrations, and the group needs them now."""
    app_config = apps.get_app_config(own_app_label)
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None

    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    group, _created = Group.objects.get_or_create(name=name)
    for app_label, codenames in permissions.items():
        group.permissions.add(*Permission.objects.filter(content_type__app_label=app_label, codename__in=codenames))
