"""Editors upload documents; strangers download them. Content must match the extension, only PDFs
open in the browser, private collections stay private, and Polish and Norwegian names survive."""

import io
import time
import tracemalloc
import zipfile
from urllib.parse import quote

import pytest
from django_tasks_db.models import DBTaskResult

from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.test import Client, override_settings

from wagtail.documents.models import Document
from wagtail.models import Collection, CollectionViewRestriction

from demo import data
from demo.loader import FILES_DIR
from documents.models import PdfText
from tests.pdfs import pdf_saying
from tests.tasks import run_queued_tasks

pytestmark = pytest.mark.django_db

REAL_PDF = (FILES_DIR / data.DOCUMENTS[0].filename).read_bytes()
# The admin speaks the site's default language, Polish.
REFUSED = "Zawartość tego pliku nie jest plikiem"
HTML_PAGE = b"<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>"


def zipped(members):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return buffer.getvalue()


DOCX = zipped({"[Content_Types].xml": "<Types/>", "word/document.xml": "<w:document/>"})
ODS = zipped({"mimetype": "application/vnd.oasis.opendocument.spreadsheet", "content.xml": "<office/>"})
OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)


def upload(client, name, content):
    return client.post(
        "/admin/documents/add/",
        {"title": name, "file": SimpleUploadedFile(name, content), "collection": Collection.get_first_root_node().pk},
    )


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("stanowisko.pdf", REAL_PDF),
        ("uchwała.docx", DOCX),
        ("budżet.ods", ODS),
        ("protokół.doc", OLE2),
        ("lista.csv", "miasto;liczba\nKraków;800000\n".encode("cp1250")),
        ("notatka.rtf", b"{\\rtf1\\ansi Hello}"),
        ("materiały.zip", zipped({"a.txt": "x"})),
    ],
)
def test_documents_whose_content_matches_their_extension_are_accepted(admin_client, name, content):
    response = upload(admin_client, name, content)
    assert response.status_code == 302, response.content.decode()[:2000]
    assert Document.objects.filter(title=name).exists()


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("stanowisko.pdf", HTML_PAGE),  # a web page renamed to .pdf
        ("uchwała.docx", zipped({"evil.html": "<script></script>"})),  # any zip is no Word file
        ("budżet.ods", DOCX),  # a Word file is no spreadsheet
        ("protokół.doc", REAL_PDF),
        ("lista.csv", b"\xef\xbb\xbf<svg onload=alert(1)>"),
        ("notatka.txt", b"\x7fELF\x02\x01\x01\x00\x00\x00"),
    ],
)
def test_documents_whose_content_does_not_match_are_refused(admin_client, name, content):
    response = upload(admin_client, name, content)
    assert response.status_code == 200
    assert REFUSED in response.content.decode()
    assert not Document.objects.filter(title=name).exists()


@pytest.mark.parametrize("name", ["strona.html", "ikona.svg", "dane.xml", "skrypt.js", "strona.htm"])
def test_extensions_that_could_run_as_pages_are_refused(admin_client, name):
    response = upload(admin_client, name, HTML_PAGE)
    assert response.status_code == 200
    assert not Document.objects.filter(title=name).exists()


def test_the_multiple_upload_checks_content_too(admin_client):
    def upload_several(name, content):
        root = Collection.get_first_root_node().pk
        files = {"files[]": SimpleUploadedFile(name, content), "collection": root}
        return admin_client.post("/admin/documents/multiple/add/", files).json()

    refused = upload_several("renamed.pdf", HTML_PAGE)
    assert refused["success"] is False and REFUSED + " .pdf" in refused["error_message"]
    assert upload_several("real.pdf", REAL_PDF)["success"] is True


@override_settings(WAGTAILDOCS_MAX_UPLOAD_SIZE=1024)
def test_too_large_uploads_are_refused(admin_client):
    response = upload(admin_client, "duży.pdf", REAL_PDF[:2048] if len(REAL_PDF) > 2048 else REAL_PDF * 2)
    assert response.status_code == 200
    assert "Ten plik jest za duży" in response.content.decode()  # not "this image", as Wagtail's catalogue says
    assert not Document.objects.filter(title="duży.pdf").exists()


def stored(name, content, collection=None):
    document = Document(title=name, collection=collection or Collection.get_first_root_node())
    document.file.save(name, ContentFile(content))
    return document


def test_only_pdfs_open_in_the_browser_and_every_download_forbids_scripts(client):
    pdf, sheet = stored("Stanowisko w sprawie ustawy.pdf", REAL_PDF), stored("budżet.ods", ODS)
    opened, downloaded = client.get(pdf.url), client.get(sheet.url)
    assert opened.status_code == downloaded.status_code == 200
    assert opened["Content-Disposition"].startswith("inline")
    assert downloaded["Content-Disposition"].startswith("attachment")
    for response in (opened, downloaded):
        assert response["Content-Security-Policy"] == "default-src 'none'"
        assert response["X-Content-Type-Options"] == "nosniff"
        assert "Content-Encoding" not in response  # Wagtail sent "None", a coding no client knows


@pytest.mark.parametrize("name", ["Uchwała_źródła_żółć.pdf", "Høringssvar_Ærø_på_norsk.txt"])
def test_polish_and_norwegian_file_names_download_with_their_letters(client, name):
    document = stored(name, REAL_PDF if name.endswith(".pdf") else "Hei på deg".encode())
    response = client.get(document.url)
    assert response.status_code == 200
    assert f"filename*=UTF-8''{quote(document.filename)}" in response["Content-Disposition"]
    assert document.filename.startswith(name.split("_")[0]) and any(letter in document.filename for letter in "źøÆ")


def test_documents_of_a_private_collection_are_unreachable_for_strangers(admin_client):
    internal = Collection.get_first_root_node().add_child(name="Wewnętrzne")
    CollectionViewRestriction.objects.create(collection=internal, restriction_type="login")
    document = stored("poufne.pdf", REAL_PDF, collection=internal)
    stranger = Client()
    response = stranger.get(document.url)
    assert response.status_code == 302 and "/login" in response["Location"]
    assert stranger.get(f"/media/{document.file.name}").status_code == 404
    assert admin_client.get(document.url).status_code == 200


def test_images_are_still_served_from_media(client):
    from wagtail.images.models import Image

    image = Image.objects.first()
    assert client.get(f"/media/{image.file.name}").status_code == 200


def zip_bomb(member_name, inflated_size):
    """A small archive whose member inflates to inflated_size bytes, written without holding them in memory."""
    buffer = io.BytesIO()
    chunk = b"\0" * (1 << 20)
    with (
        zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive,
        archive.open(member_name, "w", force_zip64=True) as member,
    ):
        for _ in range(inflated_size // len(chunk)):
            member.write(chunk)
    return buffer.getvalue()


def test_a_zip_bomb_is_refused_without_being_inflated(admin_client):
    bomb = zip_bomb("mimetype", 200 << 20)
    assert len(bomb) < 1 << 20
    tracemalloc.start()
    try:
        response = upload(admin_client, "bomba.odt", bomb)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert REFUSED in response.content.decode()
    assert peak < 20 << 20  # the upload itself and the admin's page, not the 200 MB inside


# The crafted file of the security issue: fifty pages sharing one compressed stream of 150,000 text
# operations, under 10 KB. Read without bounds, it held a web worker past two minutes.
HOSTILE_PDF = pdf_saying("Ala ma kota", pages=50, repeat=50_000)


def test_a_pdf_past_the_time_bound_is_kept_and_marked_and_the_editor_sees_why(admin_client, settings):
    settings.PDF_TEXT_SECONDS = 2
    assert len(HOSTILE_PDF) < 12_000
    started = time.monotonic()
    assert upload(admin_client, "bomba.pdf", HOSTILE_PDF).status_code == 302
    assert time.monotonic() - started < 10  # a bounded slice of the worker, not minutes
    document = Document.objects.get(title="bomba.pdf")
    assert (document.pdf_text.problem, document.pdf_text.text) == ("time", "")
    html = admin_client.get(f"/admin/documents/edit/{document.pk}/").content.decode()
    assert "Nie odczytano w całości" in html and "czytanie pliku trwało dłużej" in html


@pytest.mark.parametrize(
    ("setting", "content", "problem"),
    [
        ("PDF_TEXT_PAGES", pdf_saying("Strona", pages=3), "pages"),
        ("PDF_TEXT_CHARACTERS", pdf_saying("Kwazarologia miejska"), "characters"),
        ("PDF_TEXT_MEGABYTES", pdf_saying("Pamiec", repeat=100_000), "memory"),
    ],
)
def test_every_bound_of_reading_a_pdf_holds(admin_client, settings, setting, content, problem):
    setattr(settings, setting, {"PDF_TEXT_PAGES": 2, "PDF_TEXT_CHARACTERS": 8, "PDF_TEXT_MEGABYTES": 80}[setting])
    assert upload(admin_client, "granica.pdf", content).status_code == 302
    stored = Document.objects.get(title="granica.pdf").pdf_text
    assert stored.problem == problem
    assert len(stored.text) <= 8 if problem == "characters" else stored.text == ""


def test_a_pdf_within_the_bounds_is_read_in_full_and_the_editor_sees_how_much(admin_client):
    assert upload(admin_client, "zwykly.pdf", pdf_saying("Kwazarologia miejska")).status_code == 302
    document = Document.objects.get(title="zwykly.pdf")
    assert (document.pdf_text.problem, document.pdf_text.text.strip()) == ("", "Kwazarologia miejska")
    assert "Odczytano: 20 znaków" in admin_client.get(f"/admin/documents/edit/{document.pk}/").content.decode()


def test_with_a_queue_the_upload_answers_at_once_and_the_worker_survives_the_hostile_pdf(
    admin_client, settings, queued
):
    """Production's queue (django-tasks-db): the editor's request only enqueues; the worker reads within bounds."""
    started = time.monotonic()
    assert upload(admin_client, "bomba.pdf", HOSTILE_PDF).status_code == 302
    assert time.monotonic() - started < 5  # read in the request, within PDF_TEXT_SECONDS (20), it took 12 s
    document = Document.objects.get(title="bomba.pdf")
    assert not PdfText.objects.filter(document=document).exists()
    html = admin_client.get(f"/admin/documents/edit/{document.pk}/").content.decode()
    assert "Oczekuje na odczytanie" in html
    call_command("task_queue", stdout=(report := io.StringIO()))
    waiting = DBTaskResult.objects.ready()
    assert f"waiting {waiting.count()}\n" in report.getvalue()
    assert waiting.filter(task_path="documents.tasks.read_pdf_text").count() == 1
    settings.PDF_TEXT_SECONDS = 2
    tasks = run_queued_tasks()
    assert {task.status for task in tasks} == {"SUCCESSFUL"}  # the child process was stopped; the worker goes on
    assert PdfText.objects.get(document=document).problem == "time"
