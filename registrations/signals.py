"""A sign-up deleted on request leaves no name behind, not even in the admin's history of actions."""

from django.db.models.signals import post_delete
from django.dispatch import receiver

from core.erasure import scrub_admin_log

from .models import Registration


@receiver(post_delete, sender=Registration)
def scrub_the_name_from_the_admin_log(sender, instance, **kwargs):
    scrub_admin_log(instance)
