"""The PDF text follows its file and its collection: a new file is read (by the worker), a restricted
collection hides it."""

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction

from .pdf_text import reindex_pages_linking
from .tasks import read_pdf_text


@receiver(post_save, sender=get_document_model())
def extract_text_of_uploaded_pdf(sender, instance, **kwargs):
    """A new or replaced PDF is read by the worker (documents.tasks); one moved into a restricted collection
    is out of search at once."""
    reindex_pages_linking([instance])
    read_pdf_text.enqueue(instance.pk)


@receiver(post_save, sender=CollectionViewRestriction)
@receiver(post_delete, sender=CollectionViewRestriction)
def reindex_documents_of_restricted_collection(sender, instance, **kwargs):
    reindex_documents_below(instance.collection)


@receiver(post_save, sender=Collection)
def reindex_documents_of_moved_collection(sender, instance, created, **kwargs):
    """The admin saves a collection, then moves it under its new parent (treebeard sends no signal), in one
    transaction: after it, the collection's documents may be under a restriction they were not under."""
    if not created:
        transaction.on_commit(lambda: reindex_documents_below(Collection.objects.get(pk=instance.pk)))


def reindex_documents_below(collection):
    reindex_pages_linking(get_document_model().objects.filter(collection__path__startswith=collection.path))
