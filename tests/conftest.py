"""Fixtures of the whole suite: the demo content once per test database, an empty cache per test."""

import pytest

from django.core.cache import cache
from django.core.management import call_command
from django.test import Client

from wagtail.models import Locale, Page

from demo.translate import translate
from tests.factories import signed_in_with_second_factor
from tests.mailserver import started_server
from tests.tasks import QUEUED


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Every test starts from the demo content, loaded once per test database, with every page
    visited once: the image renditions are then made and kept, not made again (and rolled
    back) in each test that shows a picture."""
    with django_db_blocker.unblock():
        call_command("load_demo_content", verbosity=0)
        client = Client()
        for page in Page.objects.live().filter(depth__gt=1).specific():
            client.get(page.url)


@pytest.fixture(autouse=True)
def empty_cache():
    """The page cache is on in tests, as in production; a rolled-back test must not leave its pages in it."""
    cache.clear()


@pytest.fixture
def admin_client(client, admin_user):
    """pytest-django's, through both steps of the admin's sign-in: a superuser needs its second factor."""
    return signed_in_with_second_factor(client, admin_user)


@pytest.fixture
def queued(settings):
    """Tasks wait in the database, as in production, until the test runs them (tests.tasks.run_queued_tasks)."""
    settings.TASKS = QUEUED


@pytest.fixture
def polish(db):
    return Locale.objects.get(language_code="pl")


@pytest.fixture
def translate_page(django_capture_on_commit_callbacks):
    """demo.translate.translate, with the publishing wagtail-localize leaves for the commit done at once."""

    def translate_now(page, locale, texts, publish=True):
        with django_capture_on_commit_callbacks(execute=True):
            return translate(page, locale, texts, publish=publish)

    return translate_now


@pytest.fixture
def smtp_server(settings):
    """A real SMTP server in a thread, which the site's mail goes to; its inbox."""
    controller, inbox, port = started_server()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_USE_TLS = "127.0.0.1", port, False
    yield inbox
    controller.stop()
