"""The site while Redis does not answer: every page still answers (rendered, not from the cache), sign-ups
still count against their limits, and a change made meanwhile shows once Redis is back, never the old page."""

import os
import shutil
import signal
import socket
import subprocess
import time

import pytest
import redis

from django.test import Client

from news.models import NewsPage
from tests.site.newsletter_helpers import sign_up

pytestmark = pytest.mark.django_db

PATHS = ["/pl/", "/pl/aktualnosci/", "/pl/szukaj/?q=szkolenia", "/en/news/feed/", "/nb/kalender/", "/pl/newsletter/"]


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def own_redis(settings, tmp_path):
    """A Redis server of the test's own, as the site's cache with production's timeouts (config.settings.production)."""
    port = free_port()
    command = [shutil.which("redis-server") or "/usr/bin/redis-server", "--port", str(port), "--save", ""]
    server = subprocess.Popen([*command, "--dir", str(tmp_path)], stdout=subprocess.DEVNULL)  # noqa: S603
    url = f"redis://127.0.0.1:{port}/0"
    for _attempt in range(100):
        try:
            redis.Redis.from_url(url).ping()
            break
        except redis.ConnectionError:
            time.sleep(0.05)
    options = {"socket_connect_timeout": 0.5, "socket_timeout": 0.5}
    settings.CACHES = {"default": {"BACKEND": "caching.redis.RedisCache", "LOCATION": url, "OPTIONS": options}}
    settings.PAGE_CACHE_ENABLED = True
    yield server
    server.kill()
    server.wait()


def test_with_redis_away_every_page_answers_and_sign_ups_are_still_limited(own_redis, settings, monkeypatch):
    client = Client()
    client.get("/pl/")
    assert client.get("/pl/")["X-Page-Cache"] == "hit"
    own_redis.kill()
    own_redis.wait()
    for path in PATHS:
        response = client.get(path)
        assert response.status_code == 200, path
        assert response.get("X-Page-Cache") != "hit"
    assert sign_up(client, "bez-redisa@example.org").status_code == 302
    monkeypatch.setattr("newsletter.ratelimit.SIGN_UPS_PER_HOUR", 1)
    assert sign_up(client, "drugi@example.org").status_code == 429  # counted in the database


def test_a_change_made_while_redis_does_not_answer_shows_once_it_does(own_redis, django_capture_on_commit_callbacks):
    """Redis stopped (not restarted): its old entries survive, so the purge it missed must be made again."""
    client = Client()
    page = NewsPage.objects.filter(locale__language_code="pl").live().first()
    client.get(page.url)
    assert client.get(page.url)["X-Page-Cache"] == "hit"
    os.kill(own_redis.pid, signal.SIGSTOP)
    try:
        with django_capture_on_commit_callbacks(execute=True):
            page.title = "Tytuł zmieniony bez Redisa"
            page.save_revision().publish()
        assert "Tytuł zmieniony bez Redisa" in client.get(page.url).content.decode()  # rendered, not cached
    finally:
        os.kill(own_redis.pid, signal.SIGCONT)
    # Every answer from now on has the new title: the purge missed is made before the cache is read again.
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        response = client.get(page.url)
        assert "Tytuł zmieniony bez Redisa" in response.content.decode()
        time.sleep(0.1)
    assert response["X-Page-Cache"] == "hit"  # and it is cached again
