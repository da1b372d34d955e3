"""The site as make serve runs it: production settings, gunicorn with two sync workers, Redis for the
page cache, and Varnish in front (deploy/varnish/), on a database and media folder of its own."""

import subprocess
import sys
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import redis

from django.conf import settings

sys.path.insert(0, str(Path(settings.BASE_DIR) / "scripts"))

from front import counter, start_varnish  # noqa: E402
from front import stop as stop_varnish  # noqa: E402
from production_server import NoRedirect, environment, free_port, manage, start_server, stop  # noqa: E402

# A Redis database of the front's tests alone: emptied when they start.
REDIS_URL = "redis://127.0.0.1:6379/12"


OPENER = urllib.request.build_opener(NoRedirect)


@dataclass
class Front:
    url: str  # Varnish
    backend_url: str  # gunicorn, behind it
    workdir: Path  # Varnish's, for its counters
    env: dict

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
    port = free_port()
    env = environment(
        f"sqlite:///{folder / 'db.sqlite3'}",
        REDIS_URL,
        MEDIA_ROOT=str(folder / "media"),
        FRONT_PURGE_URLS=f"http://127.0.0.1:{port}/",
        CLIENT_IP_HEADER="HTTP_X_FORWARDED_FOR",
    )
    for command in (
        ["migrate", "--no-input", "-v0"],
        ["load_demo_content", "-v0"],
        ["collectstatic", "--no-input", "-v0"],
    ):
        manage(env, *command)
    server, backend_url = start_server(env, workers=2)
    varnish = start_varnish(port, urlsplit(backend_url).port, folder / "varnish", env)
    try:
        yield Front(f"http://127.0.0.1:{port}", backend_url, folder / "varnish", env)
    finally:
        stop_varnish(varnish)
        stop(server)
