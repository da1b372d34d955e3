"""The PDF text follows its file and its collection: a new file is read, a restricted collection hides it."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from wagtail.documents import get_document_model
from wagtail.models import CollectionViewRestriction

from .pdf_text import refresh_pdf_text, reindex_pages_linking


@receiver(post_save, sender=get_document_model())
def extract_text_of_uploaded_pdf(sender, instance, **kwargs):
    """A new or replaced PDF is searchable at once; one moved into a restricted collection is not."""
    refresh_pdf_text(instance)
    reindex_pages_linking([instance])


@receiver(post_save, sender=CollectionViewRestriction)
@receiver(post_delete, sender=CollectionViewRestriction)
def reindex_documents_of_restricted_collection(sender, instance, **kwargs):
    collection_path = instance.collection.path
    reindex_pages_linking(get_document_model().objects.filter(collection__path__startswith=collection_path))
