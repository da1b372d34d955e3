"""The production queue (django-tasks-db) inside a test: tasks wait in the test's database until the test
runs them as the worker (manage.py task_worker) would, in the test's transaction."""

from django_tasks_db.management.commands.db_worker import Worker
from django_tasks_db.models import DBTaskResult, get_date_max

from django.db.models import Q
from django.utils import timezone

QUEUED = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def run_queued_tasks(now=None):
    """Runs every task ready at `now` (waiting ones as if their time had come), including those they queue;
    returns every task result."""
    worker = Worker(
        queue_names=["*"],
        interval=0,
        batch=True,
        backend_name="default",
        startup_delay=False,
        max_tasks=None,
        worker_id="test",
    )
    while waiting := ready_at(now or timezone.now()).first():
        waiting.claim(worker.worker_id)
        worker.run_task(waiting)
    return DBTaskResult.objects.all()


def ready_at(moment):
    """Tasks to run now, and those deferred (run_after) to before `moment`."""
    due = Q(run_after=get_date_max()) | Q(run_after__lte=moment)
    return DBTaskResult.objects.filter(due, status="READY").order_by("enqueued_at")
