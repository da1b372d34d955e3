"""A database made before the floors (main at LAYOUT_BEFORE, with the demo content and a subscriber) migrates to
this layout with every page, revision, translation, subscriber and consent record still there, and serves."""

import json
import os
import subprocess
import sys

import psycopg
import pytest

from django.conf import settings
from django.db import connection

# The last commit whose packages were home/, search/, caching/ … before core/, translations/, invalidation/, demo/.
LAYOUT_BEFORE = "62396c5"

SUBSCRIBE = """
from newsletter.consent import notice_for, version_for
from newsletter.models import ConsentRecord, Subscriber
reader = Subscriber.objects.create(email="stary@example.org", language="nb", status="confirmed",
                                   consent_version=version_for(notice_for("nb")))
ConsentRecord.objects.create(subscriber=reader, action="given", method="double_opt_in", language="nb")
"""

COUNT = """
import json
from django.contrib.auth.models import Group
from wagtail.documents.models import Document
from wagtail.models import Page, Revision
from wagtail_localize.models import StringTranslation, Translation
from newsletter.models import ConsentRecord, Subscriber
print(json.dumps({
    "pages": sorted(Page.objects.values_list("url_path", "locale__language_code", "alias_of_id", "live")),
    "revisions": Revision.objects.count(),
    "translations": Translation.objects.count(),
    "string translations": StringTranslation.objects.count(),
    "documents": Document.objects.count(),
    "groups": sorted(Group.objects.values_list("name", flat=True)),
    "subscribers": list(Subscriber.objects.values_list("email", "status")),
    "consent records": ConsentRecord.objects.count(),
}))
"""

SERVE = """
from django.test import Client
client = Client()
print(",".join(str(client.get(url).status_code) for url in ["/pl/", "/nb/programmer/smup/", "/en/news/feed/"]))
"""


def manage(folder, database_url, media, *arguments):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.test",
        "DATABASE_URL": database_url,
        "MEDIA_ROOT": str(media),
    }
    return (
        subprocess.run(  # noqa: S603  (our own manage.py and arguments)
            [sys.executable, "manage.py", *arguments], cwd=folder, env=env, check=True, capture_output=True, text=True
        )
        .stdout.strip()
        .splitlines()[-1:]
    )  # the last line: a shell may say first what it imported


@pytest.fixture
def database_url(tmp_path):
    """A database of its own on the server the suite runs on: an SQLite file, or a PostgreSQL database."""
    if connection.vendor != "postgresql":
        yield f"sqlite:///{tmp_path / 'before.sqlite3'}"
        return
    server = settings.DATABASES["default"]
    admin = f"postgres://{server['USER']}@{server['HOST']}:{server['PORT']}/postgres"
    name = f"{server['NAME']}_layout"
    with psycopg.connect(admin, autocommit=True) as admin_connection:
        admin_connection.execute(f'DROP DATABASE IF EXISTS "{name}"')
        admin_connection.execute(f'CREATE DATABASE "{name}"')
    yield f"postgres://{server['USER']}@{server['HOST']}:{server['PORT']}/{name}"
    with psycopg.connect(admin, autocommit=True) as admin_connection:
        admin_connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def test_a_database_from_before_the_floors_keeps_everything(tmp_path, database_url):
    before = tmp_path / "before"
    archive = subprocess.run(  # noqa: S603
        ["git", "archive", "--format=tar", LAYOUT_BEFORE],  # noqa: S607
        cwd=settings.BASE_DIR,
        capture_output=True,
        check=True,
    ).stdout
    before.mkdir()
    subprocess.run(["tar", "-x", "-C", str(before)], input=archive, check=True)  # noqa: S603, S607
    media = tmp_path / "media"

    manage(before, database_url, media, "migrate", "--no-input")
    manage(before, database_url, media, "load_demo_content")
    manage(before, database_url, media, "shell", "-c", SUBSCRIBE)
    counted_before = json.loads(*manage(before, database_url, media, "shell", "-c", COUNT))

    manage(settings.BASE_DIR, database_url, media, "migrate", "--no-input")
    counted_after = json.loads(*manage(settings.BASE_DIR, database_url, media, "shell", "-c", COUNT))

    assert len(counted_before["pages"]) > 100 and counted_before["subscribers"] == [["stary@example.org", "confirmed"]]
    groups_before, groups_after = set(counted_before.pop("groups")), set(counted_after.pop("groups"))
    assert groups_after - groups_before == {"Organizatorzy"}  # the sign-ups' organisers, a group added since
    assert groups_before <= groups_after
    assert counted_after == counted_before
    assert manage(settings.BASE_DIR, database_url, media, "shell", "-c", SERVE) == ["200,200,200"]
