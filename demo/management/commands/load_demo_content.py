"""Loads the seed page's content in pl, en and nb into an empty site (--if-empty), with a demo admin in development."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand

from demo.loader import DemoContent
from home.models import HomePage

DEMO_ADMIN = ("admin", "miasta-demo")


class Command(BaseCommand):
    help = "Load the demo content of the seed page (idempotent: a second run changes nothing)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--if-empty", action="store_true", help="Do nothing when the Polish home page already has pages under it."
        )

    def handle(self, *args, if_empty=False, **options):
        if if_empty and HomePage.objects.filter(locale__language_code="pl", numchild__gt=0).exists():
            self.stdout.write("The site has content already; demo content not loaded.")
            return
        DemoContent().load()
        self.stdout.write(self.style.SUCCESS("Demo content loaded."))
        if settings.DEBUG:
            self.create_demo_admin()

    def create_demo_admin(self):
        username, password = DEMO_ADMIN
        User = get_user_model()
        if not User.objects.filter(username=username).exists():
            User.objects.create_superuser(username, f"{username}@example.org", password)
        admin_url = f"{settings.WAGTAILADMIN_BASE_URL}/admin/"
        self.stdout.write(f"Log in at {admin_url} as {username} / {password} (development only).")
