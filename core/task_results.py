"""Wagtail's index tasks that found their object gone: not failures, so not in the administrators' report.

Queued, Wagtail's search and reference index tasks look their object up when the worker comes to them.
By then an inline child (a programme's partner, replaced when its page is saved again) or a deleted page
may be gone, and its index entry with it: the task fails with DoesNotExist although nothing is left to do.
"""

from django_tasks import TaskResultStatus
from django_tasks.signals import task_finished
from django_tasks_db.models import DBTaskResult

from django.dispatch import receiver

from modelsearch.tasks import insert_or_update_object_task
from wagtail.tasks import update_reference_index_task

INDEX_TASKS = (insert_or_update_object_task.module_path, update_reference_index_task.module_path)


@receiver(task_finished)
def forget_indexing_of_vanished_objects(sender, task_result, **kwargs):
    if task_result.status != TaskResultStatus.FAILED or task_result.task.module_path not in INDEX_TASKS:
        return
    if task_result.errors[-1].exception_class_path.endswith(".DoesNotExist"):  # a model's, named after it
        DBTaskResult.objects.filter(pk=task_result.id).delete()
