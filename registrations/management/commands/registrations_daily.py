"""Cron, once a day: reminders before events, erasure after them, unconfirmed sign-ups forgotten."""

from django.core.management.base import BaseCommand

from registrations import daily


class Command(BaseCommand):
    help = (
        f"Reminds confirmed registrants {daily.REMINDER_DAYS} days before their event (once each, however "
        f"often it runs), erases sign-ups' personal data {daily.RETENTION_DAYS} days after the event and "
        "forgets sign-ups not confirmed within 7 days."
    )

    def handle(self, **options):
        reminded = daily.send_reminders()
        erased = daily.erase_personal_data()
        forgotten = daily.forget_unconfirmed()
        self.stdout.write(f"Reminders sent: {reminded}. Sign-ups erased: {erased}. Unconfirmed forgotten: {forgotten}.")
