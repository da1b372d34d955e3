"""Strangers send anything: every public URL answers every hostile parameter and path with a page, a
redirect, a 400 or a 404, never an error."""

import pytest

from django.test import Client

from documents.models import DocumentIndexPage
from events.models import EventIndexPage
from news.models import MultimediaPage, NewsIndexPage
from tests.content.test_pages import PAGE_TYPES, page_in

pytestmark = pytest.mark.django_db

PARAMETERS = ["page", "year", "month", "day", "type", "programme", "city", "kind", "q", "lang"]
HOSTILE_VALUES = [
    "",
    "-1",
    "0",
    "99999999999999999999999999",
    "1e309",
    "abc",
    "\x00",
    "%",
    "'\";--",
    "<script>alert(1)</script>",
    "../../etc/passwd",
    "x" * 4096,
    "２０２２-１０",  # full-width digits
    "2022-10-21T00:00",
]
HOSTILE_SUFFIXES = ["%00/", "%ff/", "..%2f..%2f/", "x" * 4096 + "/", "feed/%00/", "ics/x/", "?page=1&page=2"]


# The pages that read parameters get every one; the others a few, to show they ignore them.
READING_PARAMETERS = (NewsIndexPage, DocumentIndexPage, EventIndexPage, MultimediaPage)


def public_urls():
    return [page_in(model, "pl").url for model in PAGE_TYPES] + [
        "/pl/szukaj/",
        "/nb/sok/",
        "/pl/newsletter/",
        "/nb/nyhetsbrev/thanks/",
        "/pl/newsletter/manage/x/",
        "/sitemap.xml",
        "/robots.txt",
    ]


def test_hostile_parameters_on_every_public_url(db):
    client = Client(raise_request_exception=False)
    # The same views read the parameters in every language: Polish pages and both searches suffice.
    reading = {page_in(model, "pl").url for model in READING_PARAMETERS} | {"/pl/szukaj/", "/nb/sok/"}
    failures = []
    for url in public_urls() + sorted(reading - set(public_urls())):
        for parameter in PARAMETERS if url in reading else ["page", "q"]:
            for value in HOSTILE_VALUES:
                status = client.get(url, {parameter: value}).status_code
                if status >= 500:
                    failures.append((url, parameter, value[:40], status))
    assert failures == []


def test_hostile_paths(db):
    client = Client(raise_request_exception=False)
    failures = []
    for url in public_urls()[: len(PAGE_TYPES)]:
        for suffix in HOSTILE_SUFFIXES:
            status = client.get(url.rstrip("/") + "/" + suffix).status_code
            if status >= 500:
                failures.append((url, suffix[:40], status))
    for path in ["/%00", "/%ff", "/pl/%c0%ae%c0%ae/", "/xx/" + "y" * 4096, "/.env", "/pl/../admin/"]:
        if (status := client.get(path).status_code) >= 500:
            failures.append((path[:40], status))
    assert failures == []
