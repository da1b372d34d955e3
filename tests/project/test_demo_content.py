"""The demo content loads completely, once, with its PDFs, images and translations."""

import re

import pytest
from pypdf import PdfReader

from django.core.management import call_command
from django.test import Client, override_settings

from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.models import Page, Revision
from wagtail_localize.models import Translation

from demo import data
from demo.loader import FILES_DIR
from demo.management.commands.load_demo_content import DEMO_ACCOUNTS, DEMO_PASSWORD
from documents.models import PositionDocumentPage

pytestmark = pytest.mark.django_db


def content_snapshot():
    return (
        sorted(Page.objects.values_list("pk", "url_path", "locale__language_code")),
        Image.objects.count(),
        Document.objects.count(),
        Revision.objects.count(),
        Translation.objects.count(),
    )


def test_loading_twice_changes_nothing():
    before = content_snapshot()
    call_command("load_demo_content", verbosity=0)
    assert content_snapshot() == before


def test_if_empty_leaves_an_existing_site_alone(capsys):
    call_command("load_demo_content", "--if-empty")
    assert "not loaded" in capsys.readouterr().out


def test_every_locale_has_the_whole_tree():
    counts = {code: Page.objects.filter(locale__language_code=code, depth__gt=1).count() for code in ("pl", "en", "nb")}
    assert counts["pl"] == counts["en"] == counts["nb"] > 40


def flat_text(pdf_path):
    text = " ".join(page.extract_text() for page in PdfReader(pdf_path).pages)
    return re.sub(r"\s+", " ", text)


@pytest.mark.parametrize("document", data.DOCUMENTS, ids=lambda document: document.slug)
def test_demo_pdfs_carry_their_polish_title_and_text(document):
    text = flat_text(FILES_DIR / document.filename)
    assert document.title in text
    assert document.summary in text


def test_document_pages_point_at_their_pdf():
    for page in PositionDocumentPage.objects.filter(locale__language_code="pl"):
        assert page.document.file_extension == "pdf"
        assert page.document.file_size > 1000


@override_settings(DEBUG=True, TWO_FACTOR_ENFORCED=False)
def test_each_role_has_a_demo_account_in_development(django_user_model, capsys):
    call_command("load_demo_content", "--if-empty")
    printed = capsys.readouterr().out
    assert django_user_model.objects.get(username="admin").is_superuser
    for username, group, _language, purpose in DEMO_ACCOUNTS:
        assert f"{username:<12} {purpose}" in printed
        user = django_user_model.objects.get(username=username)
        assert group is None or list(user.groups.values_list("name", flat=True)) == [group]
        client = Client()
        client.post("/admin/login/", {"username": username, "password": DEMO_PASSWORD})
        assert client.get("/admin/").status_code == 200, username
    assert django_user_model.objects.get(username="tlumacz-nb").wagtail_userprofile.preferred_language == "nb"


def test_no_demo_accounts_outside_development(django_user_model):
    call_command("load_demo_content", verbosity=0)
    assert not django_user_model.objects.filter(username__in=[account[0] for account in DEMO_ACCOUNTS]).exists()
