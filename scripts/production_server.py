"""The site as in production, for make bench and make soak: production settings, PostgreSQL,
Redis, gunicorn with config/gunicorn.py on a free local port, and wrk to load it."""

import os
import re
import socket
import subprocess
import sys
import time
import urllib.request
from collections import defaultdict
from pathlib import Path

import psycopg
import redis

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable


def environment(database_url, redis_url, **extra):
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "SECRET_KEY": "local-measurement-only-" + "x" * 50,
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DATABASE_URL": database_url,
        "REDIS_URL": redis_url,
        "SECURE_SSL_REDIRECT": "false",
        **extra,
    }


def manage(env, *args):
    subprocess.run([PYTHON, "manage.py", *args], cwd=ROOT, env=env, check=True)  # noqa: S603


def create_database(database_url):
    server, _slash, name = database_url.rpartition("/")
    with psycopg.connect(f"{server}/postgres", autocommit=True) as connection:
        if not connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            connection.execute(f'CREATE DATABASE "{name}"')


def vacuum(database_url):
    """What autovacuum would have done after a bulk load: search indexing writes each new entry twice
    (its title norm is set afterwards), and test servers often run with autovacuum off."""
    with psycopg.connect(database_url, autocommit=True) as connection:
        connection.execute("VACUUM (ANALYZE)")


def database_server_pid(database_url):
    """The PostgreSQL server's process (the parent of this connection's), or None if it is not local."""
    with psycopg.connect(database_url) as connection:
        backend = connection.execute("SELECT pg_backend_pid()").fetchone()[0]
        return process_table().get(backend, (None,))[0]


def cache_server_pid(redis_url):
    """The Redis server's process, or None if it is not local."""
    pid = redis.Redis.from_url(redis_url).info("server")["process_id"]
    return pid if pid in process_table() else None


def process_table():
    """{pid: (parent pid, its own CPU ticks, CPU ticks of the children it has waited for)} (Linux)."""
    table = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue  # ended meanwhile
        fields = stat[stat.rindex(")") + 2 :].split()  # after the command name, which may hold spaces
        utime, stime, cutime, cstime = map(int, fields[11:15])
        table[int(entry.name)] = (int(fields[1]), utime + stime, cutime + cstime)
    return table


def cpu_seconds(pids):
    """{pid: CPU seconds used so far by the process and all its descendants, ended ones included} (a
    gunicorn worker replaced after max_requests, a database connection closed: a parent adds the time
    of each child it waits for to its own account). One reading of /proc for all of them."""
    table = process_table()
    children = defaultdict(list)
    for pid, (parent, _own, _waited_for) in table.items():
        children[parent].append(pid)

    def tree_ticks(pid):
        own, waited_for = table[pid][1:]
        return own + waited_for + sum(tree_ticks(child) for child in children[pid])

    return {pid: tree_ticks(pid) / os.sysconf("SC_CLK_TCK") for pid in pids if pid in table}


class NoRedirect(urllib.request.HTTPRedirectHandler):
    """A redirect is an answer of its own: the soak and the front's tests look at it, not where it leads."""

    def redirect_request(self, *args, **kwargs):
        return None


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_server(env, workers=2):
    """gunicorn serving the site; returns the process and its base URL once it answers."""
    port = free_port()
    server = subprocess.Popen(  # noqa: S603
        [PYTHON, "-m", "gunicorn", "-c", "config/gunicorn.py", "config.wsgi", "--workers", str(workers)],
        cwd=ROOT,
        env={**env, "BIND": f"127.0.0.1:{port}", "ACCESS_LOG": ""},
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    for _attempt in range(150):
        try:
            urllib.request.urlopen(base + "/pl/", timeout=5)  # noqa: S310  (our own local server)
            return server, base
        except OSError:
            time.sleep(0.2)
    server.terminate()
    raise RuntimeError("gunicorn did not start")


# The worker of the site's slow work (django-tasks' queue in the database: config.settings.production).
WORKER = ["manage.py", "task_worker", "--interval", "0.5", "--no-startup-delay"]


def start_worker(env):
    """The task worker beside gunicorn, as make serve, make soak and make bench run it."""
    return subprocess.Popen([PYTHON, *WORKER], cwd=ROOT, env=env)  # noqa: S603


def run_waiting_tasks(env):
    """Every task waiting (the demo's PDF texts after loading it), done before the measured run: a text
    read purges the site, which would land in the middle of it."""
    manage(env, *WORKER[1:], "--batch", "--worker-id", f"batch-{os.getpid()}")


def stop(server):
    server.terminate()
    server.wait(timeout=30)


def milliseconds(value):
    number, unit = re.fullmatch(r"([\d.]+)(us|ms|s)", value).groups()
    return float(number) * {"us": 0.001, "ms": 1, "s": 1000}[unit]


def wrk(url, seconds, connections=8, headers=()):
    command = ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--latency"]
    command += [f"-H{header}" for header in headers] + [url]
    return parse_wrk(subprocess.run(command, capture_output=True, text=True, check=True).stdout)  # noqa: S603


def parse_wrk(output):
    """wrk's figures: requests, req/s, p50 and p99 in ms, socket errors, non-2xx/3xx (and 5xx) answers."""
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    socket_errors = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output)
    server_errors = re.search(r"5xx responses: (\d+)", output)
    return {
        "requests": int(re.search(r"(\d+) requests in", output)[1]),
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", output)[1]),
        "p50": milliseconds(re.search(r"^\s+50%\s+(\S+)", output, re.MULTILINE)[1]),
        "p99": milliseconds(re.search(r"^\s+99%\s+(\S+)", output, re.MULTILINE)[1]),
        "non_2xx": int(errors[1]) if errors else 0,
        "socket_errors": sum(map(int, socket_errors.groups())) if socket_errors else 0,
        "5xx": int(server_errors[1]) if server_errors else 0,
    }
