"""A real browser (Debian's Chromium, driven by Playwright) against the site served by its own server."""

import os
import socket
import subprocess
import sys
import time
import urllib.request

import pytest
from playwright.sync_api import sync_playwright

from django.conf import settings

CHROMIUM = "/usr/bin/chromium"
# Without these, Chromium tries to reach Google's services, which a closed network refuses.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
SERVER_START_SECONDS = 60
EDITOR = ("redaktorka", "edytuje-i-zglasza-2026")
MODERATOR = ("moderator", "akceptuje-i-publikuje-2026")
CREATE_EDITOR = (
    "from django.contrib.auth.models import Group, User; "
    f"editor = User.objects.create_user({EDITOR[0]!r}, password={EDITOR[1]!r}); "
    "editor.groups.add(Group.objects.get(name='Redaktorzy')); "
    f"moderator = User.objects.create_user({MODERATOR[0]!r}, password={MODERATOR[1]!r}); "
    "moderator.groups.add(Group.objects.get(name='Moderatorzy'))"
)


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_until_serving(url, server, log):
    deadline = time.monotonic() + SERVER_START_SECONDS
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError(f"The test server stopped: {log.read_text()}")
        try:
            with urllib.request.urlopen(url, timeout=2):  # noqa: S310  (our own local server)
                return
        except OSError:
            time.sleep(0.3)
    raise RuntimeError(f"The test server did not answer at {url} within {SERVER_START_SECONDS} s")


@pytest.fixture(scope="session")
def mail_folder(tmp_path_factory):
    """Where the site's server writes the e-mails it sends, one file per connection."""
    return tmp_path_factory.mktemp("browser-mail")


@pytest.fixture(scope="session")
def site_folder(tmp_path_factory):
    return tmp_path_factory.mktemp("browser-site")


@pytest.fixture(scope="session")
def site_port():
    return free_port()


@pytest.fixture(scope="session")
def site_manage(site_folder, site_port, mail_folder):
    """manage.py with the arguments given, run on the browser tests' site (its database and settings)."""
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.test",
        "DATABASE_URL": f"sqlite:///{site_folder / 'db.sqlite3'}",
        "MEDIA_ROOT": str(site_folder / "media"),
        "EMAIL_FILE_PATH": str(mail_folder),
        "WAGTAILADMIN_BASE_URL": f"http://127.0.0.1:{site_port}",
    }

    def run(*arguments, background=False, **options):
        command = [sys.executable, "manage.py", *arguments]
        if background:
            return subprocess.Popen(command, env=env, cwd=settings.BASE_DIR, **options)  # noqa: S603
        return subprocess.run(command, env=env, cwd=settings.BASE_DIR, check=True, capture_output=True)  # noqa: S603

    return run


@pytest.fixture(scope="session")
def site_url(site_folder, site_port, site_manage):
    """The site with the demo content and DEBUG off, in a database and media folder of its own."""
    folder = site_folder
    url = f"http://127.0.0.1:{site_port}"
    for command in (["migrate", "--no-input"], ["load_demo_content"], ["shell", "-c", CREATE_EDITOR]):
        site_manage(*command)
    # Its log (a line a request) goes to a file: a pipe nobody reads fills up, and the server stops.
    log = folder / "runserver.log"
    server = site_manage(
        "runserver",
        "--noreload",
        f"127.0.0.1:{site_port}",
        background=True,
        stdout=subprocess.DEVNULL,
        stderr=log.open("w"),
    )
    try:
        wait_until_serving(f"{url}/pl/", server, log)
        yield url
    finally:
        server.terminate()
        server.wait(timeout=10)


@pytest.fixture(scope="module")
def browser():
    # Module scope: Playwright's event loop must not outlive the browser tests, or Django's ORM
    # in later tests would refuse to run synchronously beside it.
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page_without_javascript(browser):
    context = browser.new_context(java_script_enabled=False, accept_downloads=True)
    yield context.new_page()
    context.close()
