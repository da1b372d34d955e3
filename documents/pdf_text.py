"""The text of a document's PDF, extracted once per file version and kept for search."""

import logging

from pypdf import PdfReader
from pypdf.errors import PyPdfError

logger = logging.getLogger(__name__)


def extract_pdf_text(document):
    """All text of the PDF, or "" when the file is no PDF or cannot be read."""
    if document.file_extension.lower() != "pdf":
        return ""
    try:
        with document.open_file() as pdf:
            reader = PdfReader(pdf)
            return "\n".join(page.extract_text() or "" for page in reader.pages)
    except (OSError, ValueError, PyPdfError) as error:
        logger.warning("No text from %s: %s", document.filename, error)
        return ""


def refresh_pdf_text(document):
    """Extract the text again if the file changed since."""
    from .models import PdfText

    file_hash = document.get_file_hash()
    stored = PdfText.objects.filter(document=document).first()
    if stored is not None and stored.file_hash == file_hash:
        return stored
    stored, _created = PdfText.objects.update_or_create(
        document=document, defaults={"file_hash": file_hash, "text": extract_pdf_text(document)}
    )
    return stored


def reindex_pages_linking(documents):
    """Index again the pages that link these documents: their PDF text, or whether it may be shown, changed."""
    from wagtail.search import index

    from .models import PositionDocumentPage

    for page in PositionDocumentPage.objects.filter(document__in=documents):
        index.insert_or_update_object(page)
