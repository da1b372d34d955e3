"""Loads the seed page's content in pl, en and nb into an empty site (--if-empty), with a demo account for
each role in development."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand

from wagtail.users.models import UserProfile

from demo.loader import DemoContent
from home.models import HomePage

DEMO_PASSWORD = "miasta-demo"  # noqa: S105  (development's demo accounts only, printed for everyone)
# Each role the README describes: (account, group (None: an administrator), admin language, what it is for).
DEMO_ACCOUNTS = [
    ("admin", None, "pl", "everything"),
    ("redaktor", "Redaktorzy", "pl", "writes pages and news and sends them for moderation"),
    ("moderator", "Moderatorzy", "pl", "publishes what editors send"),
    ("tlumacz-nb", "Tłumacze NB", "nb", "translates into Norwegian"),
    ("tlumacz-en", "Tłumacze EN", "en", "translates into English"),
    ("organizator", "Organizatorzy", "pl", "sign-ups for trainings and their lists"),
    ("newsletter", "Newsletter", "pl", "subscribers and newsletter issues"),
]


class Command(BaseCommand):
    help = "Load the demo content of the seed page (idempotent: a second run changes nothing)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--if-empty", action="store_true", help="Do nothing when the Polish home page already has pages under it."
        )

    def handle(self, *args, if_empty=False, **options):
        if if_empty and HomePage.objects.filter(locale__language_code="pl", numchild__gt=0).exists():
            self.stdout.write("The site has content already; demo content not loaded.")
        else:
            DemoContent().load()
            self.stdout.write(self.style.SUCCESS("Demo content loaded."))
        if settings.DEBUG:
            self.create_demo_accounts()

    def create_demo_accounts(self):
        """One account per role, never with production settings (DEBUG off); printed each time, for make run."""
        User = get_user_model()
        admin_url = f"{settings.WAGTAILADMIN_BASE_URL}/admin/"
        self.stdout.write(f"Sign in at {admin_url} (development only), each with the password {DEMO_PASSWORD}:")
        for username, group, language, purpose in DEMO_ACCOUNTS:
            user = User.objects.filter(username=username).first()
            if user is None:
                create = User.objects.create_user if group else User.objects.create_superuser
                user = create(username, f"{username}@example.org", DEMO_PASSWORD)
                if group:
                    user.groups.add(Group.objects.get(name=group))
                UserProfile.objects.update_or_create(user=user, defaults={"preferred_language": language})
            self.stdout.write(f"  {username:<12} {purpose}")
