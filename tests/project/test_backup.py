"""The backup the README describes restores: pg_dump of the database, pg_restore into a fresh one, and the
restored site serves the same pages (the media folder is copied as files; both runs here share it)."""

import hashlib
import json
import os
import subprocess
import sys

import pytest

from django.conf import settings
from django.db import connection

from documents.models import PositionDocumentPage

pytestmark = pytest.mark.django_db

# Rendered in a process of its own against the database named by DATABASE_URL.
RENDER = """
import hashlib, json, sys
import django
django.setup()
from django.test import Client
client = Client()
answers = {}
for url in json.loads(sys.argv[1]):
    response = client.get(url)
    body = b"".join(response) if response.streaming else response.content
    answers[url] = [response.status_code, hashlib.sha256(body).hexdigest()]
print(json.dumps(answers))
"""


def database_url(name):
    database = settings.DATABASES["default"]
    return f"postgres://{database['USER']}@{database['HOST']}:{database['PORT']}/{name}"


def run(*command, **env):
    return subprocess.run(  # noqa: S603  (our own tools and arguments)
        command, check=True, capture_output=True, text=True, cwd=settings.BASE_DIR, env={**os.environ, **env}
    ).stdout


def served(name, urls):
    answers = run(sys.executable, "-c", RENDER, json.dumps(urls), DATABASE_URL=database_url(name))
    return json.loads(answers.splitlines()[-1])


@pytest.mark.skipif(connection.vendor != "postgresql", reason="pg_dump and pg_restore back up PostgreSQL")
def test_a_restored_dump_serves_the_same_pages(tmp_path):
    original = settings.DATABASES["default"]["NAME"]
    restored = f"{original}_restored"
    document = PositionDocumentPage.objects.filter(locale__language_code="pl").first().document
    urls = ["/pl/", "/nb/", "/en/news/", "/pl/dokumenty/", "/pl/kalendarz/?month=2022-10", "/nb/sok/?q=vann"]
    urls.append(document.url)
    # Served before the dump, so the image renditions it makes are in the backup, as they would be.
    before = served(original, urls)
    dump = tmp_path / "miasta.dump"
    run("pg_dump", "--format=custom", "--no-owner", f"--file={dump}", database_url(original))
    run("dropdb", "--if-exists", "--force", f"--maintenance-db={database_url('postgres')}", restored)
    run("createdb", f"--maintenance-db={database_url('postgres')}", restored)
    try:
        run("pg_restore", "--no-owner", f"--dbname={database_url(restored)}", str(dump))
        after = served(restored, urls)
    finally:
        run("dropdb", "--if-exists", "--force", f"--maintenance-db={database_url('postgres')}", restored)
    assert {url: status for url, (status, _digest) in before.items()} == dict.fromkeys(urls, 200)
    assert after == before
    assert hashlib.sha256(document.file.read()).hexdigest() == before[document.url][1]
