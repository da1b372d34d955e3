"""Sends an issue to its confirmed subscribers, each exactly once, in their language."""

from django.core.management.base import BaseCommand, CommandError

from newsletter.models import NewsletterIssue
from newsletter.sending import send_issue


class Command(BaseCommand):
    help = (
        "Sends a newsletter issue to every confirmed subscriber, in their language, in batches. "
        "Safe to rerun after an interruption: nobody gets the issue twice."
    )

    def add_arguments(self, parser):
        parser.add_argument("issue", type=int, help="id of the issue (any of its translations)")
        parser.add_argument("--batch-size", type=int, help="subscribers per connection (NEWSLETTER_BATCH_SIZE)")

    def handle(self, issue, batch_size, **options):
        try:
            issue = NewsletterIssue.objects.get(pk=issue)
        except NewsletterIssue.DoesNotExist as error:
            raise CommandError(f"No newsletter issue with id {issue}.") from error
        sent = send_issue(issue, batch_size=batch_size, progress=lambda count: self.stdout.write(f"sent {count}"))
        self.stdout.write(self.style.SUCCESS(f"Sent {issue} to {sent} subscribers."))
