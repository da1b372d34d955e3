"""make serve: the site as in production on http://127.0.0.1:PORT/ (8000), Varnish (deploy/varnish/) in
front of gunicorn on the next port, purged on 127.0.0.1:8090, and the task worker (manage.py task_worker); Ctrl-C
stops them all."""

import os
import subprocess
import sys
import time

from front import ROOT, listens, start_varnish, stop
from production_server import start_worker

PORT = int(os.environ.get("PORT", "8000"))
BACKEND_PORT = PORT + 1
PURGE_PORT = 8090  # the front's socket for purges, which visitors never reach (deploy/varnish/default.vcl)


def main():
    env = {
        **os.environ,
        "BIND": f"127.0.0.1:{BACKEND_PORT}",
        "FRONT_PURGE_URLS": f"http://127.0.0.1:{PURGE_PORT}/",
        # Varnish appends the visitor's address to X-Forwarded-For (core/client_ip.py).
        "CLIENT_IP_HEADER": "HTTP_X_FORWARDED_FOR",
    }
    command = [sys.executable, "-m", "gunicorn", "-c", "config/gunicorn.py", "config.wsgi"]
    gunicorn = subprocess.Popen(command, cwd=ROOT, env=env)  # noqa: S603
    if not listens(gunicorn, BACKEND_PORT, seconds=60):  # or the front answers 503 while the site is imported
        gunicorn.terminate()
        raise SystemExit(f"gunicorn did not listen on 127.0.0.1:{BACKEND_PORT}")
    varnish = start_varnish(PORT, BACKEND_PORT, ROOT / "var" / "varnish", env, PURGE_PORT)
    worker = start_worker(env)
    print(f"Serving on http://127.0.0.1:{PORT}/ (Varnish, gunicorn on {BACKEND_PORT}, a task worker); Ctrl-C stops.")
    try:
        while gunicorn.poll() is None and varnish.poll() is None and worker.poll() is None:
            time.sleep(0.5)
    except KeyboardInterrupt:
        pass
    finally:
        for process in (worker, varnish, gunicorn):
            if process.poll() is None:
                stop(process)
    return 0 if gunicorn.returncode in (0, None, -15) else 1


if __name__ == "__main__":
    sys.exit(main())
