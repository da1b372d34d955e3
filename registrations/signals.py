"""What sign-ups do when others change: places added by an editor, a sign-up deleted on request."""

from django.db.models.signals import post_delete
from django.dispatch import receiver

from wagtail.signals import page_published

from core.erasure import scrub_admin_log
from events.models import EventPage

from . import places
from .models import Registration


@receiver(page_published, sender=EventPage)
def give_added_places_to_the_waiting_list(sender, instance, **kwargs):
    if places.takes_sign_ups(instance):
        places.fill_free_places(instance)


@receiver(post_delete, sender=Registration)
def scrub_the_name_from_the_admin_log(sender, instance, **kwargs):
    """Who did what stays in the admin's history; the name, which Wagtail keeps as the entry's label, goes."""
    scrub_admin_log(instance)
