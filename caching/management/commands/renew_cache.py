from django.core.management.base import BaseCommand

from caching.invalidation import purge_everything
from home.querysets import forget_restricted_paths


class Command(BaseCommand):
    help = (
        "Renew every cached page and fragment (and the list of restricted paths). Run it after a deploy: "
        "cached pages hold HTML of the old templates, and the site's cached home page the old model."
    )

    def handle(self, *args, **options):
        purge_everything()
        forget_restricted_paths()
        self.stdout.write("Every cached page and fragment will be rendered anew.")
