"""Recovery: removes a user's authenticator app and backup codes, so it enrols again at its next sign-in."""

from django_otp import devices_for_user

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = "Remove a user's second-factor devices (authenticator app, backup codes); it enrols anew when it signs in."

    def add_arguments(self, parser):
        parser.add_argument("username")

    def handle(self, *args, username, **options):
        user = get_user_model().objects.filter(username=username).first()
        if user is None:
            raise CommandError(f"No user named {username!r}.")
        devices = list(devices_for_user(user, confirmed=None))
        for device in devices:
            device.delete()
        self.stdout.write(f"Removed {len(devices)} second-factor devices of {username}.")
