"""An erased subscriber leaves no address behind, not even in the admin's history of actions."""

from django.contrib.contenttypes.models import ContentType
from django.db.models.signals import post_delete
from django.dispatch import receiver

from wagtail.models import ModelLogEntry

from .models import Subscriber

ERASED_LABEL = "(erased subscriber)"


@receiver(post_delete, sender=Subscriber)
def scrub_the_address_from_the_admin_log(sender, instance, **kwargs):
    """Who did what stays in the log; the address, which Wagtail keeps as each entry's label, goes."""
    entries = ModelLogEntry.objects.filter(content_type=ContentType.objects.get_for_model(Subscriber))
    entries.filter(object_id=str(instance.pk)).update(label=ERASED_LABEL, data={})
