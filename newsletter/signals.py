"""An erased subscriber leaves no address behind, not even in the admin's history of actions."""

from django.db.models.signals import post_delete
from django.dispatch import receiver

from core.erasure import scrub_admin_log

from .models import Subscriber


@receiver(post_delete, sender=Subscriber)
def scrub_the_address_from_the_admin_log(sender, instance, **kwargs):
    scrub_admin_log(instance)
