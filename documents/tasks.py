"""The documents' slow work, done by the worker (django-tasks, config.settings) rather than in the
editor's request."""

from django_tasks import task

from wagtail.documents import get_document_model

from .pdf_text import refresh_pdf_text, reindex_pages_linking


@task()
def read_pdf_text(document_id):
    """A PDF's text for search: seconds for an ordinary file, up to PDF_TEXT_SECONDS for a hostile one, which
    the editor's upload must not wait for. The pages that link the file are indexed again once it is read;
    until then search finds them by their title and summary."""
    document = get_document_model().objects.filter(pk=document_id).first()
    if document is None:  # deleted before the worker came to it
        return
    refresh_pdf_text(document)
    reindex_pages_linking([document])
