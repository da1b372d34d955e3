"""Erased people leave no trace in the admin's history of actions, where Wagtail keeps each object's label."""

from django.contrib.contenttypes.models import ContentType

from wagtail.models import ModelLogEntry

ERASED_LABEL = "(erased)"


def scrub_admin_log(instance):
    """Who did what stays in the log; the label (a name or an address) and the data go."""
    entries = ModelLogEntry.objects.filter(content_type=ContentType.objects.get_for_model(type(instance)))
    entries.filter(object_id=str(instance.pk)).update(label=ERASED_LABEL, data={})
