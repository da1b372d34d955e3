"""Extracts the text of every document's PDF again and reindexes the pages that link them."""

from django.core.management.base import BaseCommand

from wagtail.documents import get_document_model

from documents.models import PdfText
from documents.pdf_text import refresh_pdf_text, reindex_pages_linking


class Command(BaseCommand):
    help = "Extract the text of every PDF document again and reindex the pages that link them."

    def handle(self, *args, **options):
        PdfText.objects.all().delete()
        documents = get_document_model().objects.all()
        for document in documents:
            refresh_pdf_text(document)
        reindex_pages_linking(documents)
        self.stdout.write(f"Extracted the text of {documents.count()} documents.")
