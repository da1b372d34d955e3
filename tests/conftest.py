import pytest

from django.core.management import call_command

from wagtail.models import Locale


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Every test starts from the demo content, loaded once per test database."""
    with django_db_blocker.unblock():
        call_command("load_demo_content", verbosity=0)


@pytest.fixture
def polish(db):
    return Locale.objects.get(language_code="pl")
