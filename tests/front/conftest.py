"""The site as make serve runs it: production settings, gunicorn with two sync workers, the task worker,
Redis for the page cache, and Varnish in front (deploy/varnish/), on a database and media folder of its own."""

import os
import subprocess
import sys
import urllib.error
import urllib.request
from dataclasses import dataclass, replace
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import redis

from django.conf import settings

from tests.mailserver import Inbox, started_server

sys.path.insert(0, str(Path(settings.BASE_DIR) / "scripts"))

from front import counter, start_nginx, start_varnish  # noqa: E402
from front import stop as stop_nginx  # noqa: E402
from front import stop as stop_varnish  # noqa: E402
from production_server import (  # noqa: E402
    NoRedirect,
    environment,
    free_port,
    manage,
    run_waiting_tasks,
    start_server,
    start_worker,
    stop,
)

# A Redis database of each test process's front alone, emptied when it starts: a front starting in one
# process must not empty the cache of a front another process is testing (databases 12, 11, … 1).
REDIS_URL = f"redis://127.0.0.1:6379/{12 - int(os.environ.get('PYTEST_XDIST_WORKER', 'gw0')[2:]) % 12}"


OPENER = urllib.request.build_opener(NoRedirect)


@dataclass
class Front:
    url: str  # Varnish
    backend_url: str  # gunicorn, behind it
    workdir: Path  # Varnish's, for its counters
    env: dict
    purge_url: str  # Varnish's socket for purges (FRONT_PURGE_URLS)
    inbox: Inbox  # what the site's SMTP server accepted
    worker: subprocess.Popen  # the task worker, which a test may kill and start again

    def get(self, path, headers=None, method="GET", data=None):
        """(status, headers, body) of a request through the front; errors are answers too."""
        request = urllib.request.Request(self.url + path, headers=headers or {}, method=method, data=data)  # noqa: S310
        try:
            with OPENER.open(request, timeout=10) as response:
                return response.status, response.headers, response.read().decode()
        except urllib.error.HTTPError as error:
            return error.code, error.headers, error.read().decode()

    def shell(self, code):
        """Run Python with the site's models in a process of its own, as an editor's change would; its output."""
        command = [sys.executable, "manage.py", "shell", "--no-imports", "-c", code]
        done = subprocess.run(command, cwd=settings.BASE_DIR, env=self.env, capture_output=True, text=True)  # noqa: S603
        assert done.returncode == 0, done.stderr
        return done.stdout.strip()

    def backend_requests(self):
        """How many requests the front has passed to gunicorn so far."""
        return counter(self.workdir, "MAIN.backend_req")


@pytest.fixture(scope="session")
def front(tmp_path_factory):
    folder = tmp_path_factory.mktemp("front")
    redis.Redis.from_url(REDIS_URL).flushdb()
    port, purge_port = free_port(), free_port()
    smtp, inbox, smtp_port = started_server()
    env = environment(
        f"sqlite:///{folder / 'db.sqlite3'}",
        REDIS_URL,
        MEDIA_ROOT=str(folder / "media"),
        FRONT_PURGE_URLS=f"http://127.0.0.1:{purge_port}/",
        CLIENT_IP_HEADER="HTTP_X_FORWARDED_FOR",
        # nginx and Varnish, as docs/front.md sets them up; a request straight to Varnish has one address.
        TRUSTED_PROXY_HOPS="2",
        EMAIL_HOST="127.0.0.1",
        EMAIL_PORT=str(smtp_port),
        EMAIL_USE_TLS="false",
    )
    for command in (
        ["migrate", "--no-input", "-v0"],
        ["load_demo_content", "-v0"],
        ["collectstatic", "--no-input", "-v0"],
    ):
        manage(env, *command)
    run_waiting_tasks(env)  # the demo's PDF texts: a text read purges the site, which no test expects
    server, backend_url = start_server(env, workers=2)
    worker = start_worker(env)
    varnish = start_varnish(port, urlsplit(backend_url).port, folder / "varnish", env, purge_port)
    purge_url = f"http://127.0.0.1:{purge_port}"
    front = Front(f"http://127.0.0.1:{port}", backend_url, folder / "varnish", env, purge_url, inbox, worker)
    try:
        yield front
    finally:
        stop_varnish(varnish)
        stop(front.worker)
        stop(server)
        smtp.stop()


@pytest.fixture(scope="session")
def door(front, tmp_path_factory):
    """nginx before the front, with the proxy settings of deploy/nginx/ (docs/front.md), on plain HTTP."""
    folder = tmp_path_factory.mktemp("nginx")
    port = free_port()
    nginx = start_nginx(port, urlsplit(front.url).port, folder)
    try:
        yield replace(front, url=f"http://127.0.0.1:{port}")
    finally:
        stop_nginx(nginx)
