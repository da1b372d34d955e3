from django.db.models.signals import post_save
from django.dispatch import receiver

from wagtail.documents import get_document_model

from .pdf_text import refresh_pdf_text


@receiver(post_save, sender=get_document_model())
def extract_text_of_uploaded_pdf(sender, instance, **kwargs):
    """A new or replaced PDF is searchable at once."""
    refresh_pdf_text(instance)
