"""The task worker: django-tasks-db's db_worker, under a lasting name, first taking back the tasks it was
running when it died."""

import socket

from django_tasks_db.management.commands.db_worker import Command as DatabaseWorkerCommand
from django_tasks_db.models import DBTaskResult


class Command(DatabaseWorkerCommand):
    help = (
        "Runs the background tasks (django-tasks-db's db_worker). Its worker id (the host's name unless "
        "--worker-id names another) must be used by one running worker at a time: tasks left running under "
        "it by a worker that died are taken back when it starts."
    )

    def add_arguments(self, parser):
        super().add_arguments(parser)
        parser.set_defaults(worker_id=socket.gethostname()[:64])

    def handle(self, *args, worker_id, backend_name, **options):
        taken_back = take_back_tasks_of(worker_id, backend_name)
        if taken_back:
            self.stdout.write(f"Taken back {taken_back} tasks left running by {worker_id}.")
        super().handle(*args, worker_id=worker_id, backend_name=backend_name, **options)


def take_back_tasks_of(worker_id, backend_name):
    """Tasks a worker of this id left running when it was killed (SIGKILL, a power cut), ready to run again:
    every task the site queues can run twice (core.outbox, newsletter.tasks, documents.tasks)."""
    left = [
        result.pk
        for result in DBTaskResult.objects.running().filter(backend_name=backend_name).only("worker_ids")
        if result.worker_ids[-1:] == [worker_id]
    ]
    return DBTaskResult.objects.filter(pk__in=left).update(status="READY", started_at=None)
