"""Cron: forgets sign-ups not confirmed within the life of a confirmation link."""

from django.core.management.base import BaseCommand

from newsletter.subscriptions import purge_pending
from newsletter.tokens import CONFIRMATION_VALID_FOR


class Command(BaseCommand):
    help = "Deletes sign-ups not confirmed within 7 days (the life of a confirmation link). Safe to run from cron."

    def handle(self, **options):
        deleted = purge_pending(older_than=CONFIRMATION_VALID_FOR)
        self.stdout.write(f"Deleted {deleted} unconfirmed sign-ups.")
