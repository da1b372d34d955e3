"""Renews every cached page and fragment: after a deploy or anything that sent no signal."""

from django.core.management.base import BaseCommand

from invalidation.policy import renew_everything


class Command(BaseCommand):
    help = (
        "Renew every cached page and fragment (and the list of restricted paths). Run it after a deploy: "
        "cached pages hold HTML of the old templates, and the site's cached home page the old model."
    )

    def handle(self, *args, **options):
        renew_everything()
        self.stdout.write("Every cached page and fragment will be rendered anew.")
