"""Every change that shows on a public page purges the pages it shows on, at once."""

from django_tasks import TaskResultStatus
from django_tasks.signals import task_finished

from django.apps import apps
from django.conf import settings
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from modelsearch.tasks import insert_or_update_object_task
from wagtail.contrib.settings.models import BaseSiteSetting
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.models import Collection, CollectionViewRestriction, Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move, pre_page_move

from core.querysets import forget_restricted_paths
from documents.models import PdfText
from home.models import DataProtectionNotice

from .policy import path_of, purge, purge_everything, purge_page, search_paths


@receiver(page_published)
@receiver(page_unpublished)  # also sent for every live page being deleted
def purge_changed_page(sender, instance, alias=False, **kwargs):
    if alias:
        # Sent after the source's own purge, once the alias has its new content.
        purge([], [path_of(instance)])
    else:
        purge_page(instance)


@receiver(pre_page_move)  # the old URLs
@receiver(post_page_move)  # the new ones
def purge_moved_page(sender, instance, **kwargs):
    forget_restricted_paths()  # a restricted page's path changes with it
    if instance.live:
        purge_page(instance)


@receiver(page_slug_changed)
def purge_old_address(sender, instance, instance_before, **kwargs):
    """The page and its subtree under their old addresses, which now redirect (wagtail.contrib.redirects)."""
    purge([], [path_of(instance_before)])


@receiver(post_save)
@receiver(post_delete)
def purge_after_shared_content_changes(sender, **kwargs):
    """The footer's notice and contact, documents and images may show on any page; a view restriction
    hides a page and its subtree from every listing and menu, a collection's (or a collection moved under
    one) hides the text of its PDFs from search, a PDF's text read by the worker shows in search; the site
    is kept by caching.sites."""
    if issubclass(sender, PageViewRestriction) or (issubclass(sender, Page) and kwargs["instance"].alias_of_id):
        forget_restricted_paths()  # a new alias of a restricted page is restricted too
    shared = (
        DataProtectionNotice,
        BaseSiteSetting,
        Document,
        PdfText,
        Image,
        PageViewRestriction,
        CollectionViewRestriction,
        Collection,
        Site,
    )
    if issubclass(sender, shared):
        purge_everything()


@receiver(task_finished)
def purge_search_after_indexing(sender, task_result, **kwargs):
    """Wagtail indexes a saved page in a task, on the worker after the publish's purge: what search finds
    (and the words it suggests) changes only then."""
    indexed_a_page = task_result.task.func is insert_or_update_object_task.func and issubclass(
        apps.get_model(*task_result.args[:2]), Page
    )
    if indexed_a_page and task_result.status == TaskResultStatus.SUCCESSFUL:
        purge(search_paths([code for code, _name in settings.LANGUAGES]), [])
