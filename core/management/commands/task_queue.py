"""Prints the task queue's state for monitoring: how many tasks wait, since when, and how many failed."""

import datetime

from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from django.core.management.base import BaseCommand
from django.utils import timezone


class Command(BaseCommand):
    help = "How many background tasks wait, how long the oldest has waited, and how many failed in the last day."

    def handle(self, *args, **options):
        waiting = DBTaskResult.objects.ready()
        oldest = waiting.order_by("enqueued_at").values_list("enqueued_at", flat=True).first()
        day_ago = timezone.now() - datetime.timedelta(days=1)
        failed = DBTaskResult.objects.filter(status=TaskResultStatus.FAILED, finished_at__gte=day_ago).count()
        waited = f"{(timezone.now() - oldest).total_seconds():.0f}" if oldest else "0"
        self.stdout.write(f"waiting {waiting.count()}\noldest_waiting_seconds {waited}\nfailed_last_day {failed}")
