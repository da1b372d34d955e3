"""The text of a document's PDF, extracted once per file version and kept for search.

Read in a child process within bounds (documents.pdf_reader): PDF_TEXT_SECONDS of time, PDF_TEXT_PAGES
pages, PDF_TEXT_CHARACTERS characters and PDF_TEXT_MEGABYTES of memory. A file past a bound is kept; its
text is marked as not extracted (PdfText.problem), which the document's page in the admin shows.
"""

import json
import logging
import signal
import subprocess
import sys

from django.conf import settings

logger = logging.getLogger(__name__)


def extract_pdf_text(document):
    """(all text of the PDF, the problem that stopped reading it or ""); ("", "") for a file that is no PDF."""
    if document.file_extension.lower() != "pdf":
        return "", ""
    try:
        with document.open_file() as pdf:
            data = pdf.read()
    except OSError as error:
        logger.warning("No text from %s: %s", document.filename, error)
        return "", "unreadable"
    return read_within_bounds(data)


def read_within_bounds(data):
    seconds = settings.PDF_TEXT_SECONDS
    bounds = (settings.PDF_TEXT_PAGES, settings.PDF_TEXT_CHARACTERS, settings.PDF_TEXT_MEGABYTES, seconds)
    command = [sys.executable, "-m", "documents.pdf_reader", *map(str, bounds)]
    try:
        done = subprocess.run(  # noqa: S603 -- our own module, with numbers for arguments
            command, input=data, capture_output=True, timeout=seconds, cwd=settings.BASE_DIR, check=False
        )
    except subprocess.TimeoutExpired:
        return "", "time"
    if done.returncode == -signal.SIGXCPU:
        return "", "time"
    if done.returncode != 0:
        return "", "memory"  # the kernel's limit stopped it before Python could say so
    answer = json.loads(done.stdout)
    return answer["text"], answer["problem"]


def refresh_pdf_text(document):
    """Extract the text again if the file changed since."""
    from .models import PdfText

    file_hash = document.get_file_hash()
    stored = PdfText.objects.filter(document=document).first()
    if stored is not None and stored.file_hash == file_hash:
        return stored
    text, problem = extract_pdf_text(document)
    if problem:
        logger.warning("Text of %s not extracted: %s", document.filename, problem)
    stored, _created = PdfText.objects.update_or_create(
        document=document, defaults={"file_hash": file_hash, "text": text, "problem": problem}
    )
    return stored


def reindex_pages_linking(documents):
    """Index again the pages that link these documents: their PDF text, or whether it may be shown, changed."""
    from wagtail.search import index

    from .models import PositionDocumentPage

    for page in PositionDocumentPage.objects.filter(document__in=documents):
        index.insert_or_update_object(page)
