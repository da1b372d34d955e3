"""make bench: the site as in production, measured against the static-file ceiling.

Production settings under gunicorn (2 workers) on PostgreSQL with the scale content and
Redis as the cache; wrk (-t2 -c8) against each URL below, once with the page cache on and
once with it off; for each: req/s, p50, p99, and req/s as a share of the static file's
req/s measured in the same run. Then search p50/p95 over the relevance set's queries.
Everything started here is stopped at the end. Exits 1 if any response was not a 2xx.

Environment: BENCH_DATABASE_URL (postgres://postgres@127.0.0.1:5432/miasta_bench),
BENCH_REDIS_URL (redis://127.0.0.1:6379/15), BENCH_SECONDS (10 per URL and state).
"""

import os
import re
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import psycopg

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
DATABASE_URL = os.environ.get("BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/miasta_bench")
REDIS_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/15")
SECONDS = int(os.environ.get("BENCH_SECONDS", "10"))
PAGES = {
    "home": "/pl/",
    "news index": "/pl/aktualnosci/",
    "news page": "/pl/programy/rozwoj-lokalny/starachowice-z-wizyta-w-bergen/",
    "documents, filtered": "/pl/dokumenty/?kind=opinion",
    "programme": "/pl/programy/rozwoj-lokalny/",
    "calendar month": "/pl/kalendarz/?month=2022-10",
    "search": "/pl/szukaj/?q=szkolenia",
}
ENV = {
    **os.environ,
    "DJANGO_SETTINGS_MODULE": "config.settings.production",
    "SECRET_KEY": "bench-only-" + "x" * 50,
    "ALLOWED_HOSTS": "127.0.0.1,localhost",
    "DATABASE_URL": DATABASE_URL,
    "REDIS_URL": REDIS_URL,
    "SECURE_SSL_REDIRECT": "false",
}


def manage(*args, **env):
    subprocess.run([PYTHON, "manage.py", *args], cwd=ROOT, env={**ENV, **env}, check=True)  # noqa: S603


def create_database():
    server, _slash, name = DATABASE_URL.rpartition("/")
    with psycopg.connect(f"{server}/postgres", autocommit=True) as connection:
        if not connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            connection.execute(f'CREATE DATABASE "{name}"')


def static_file():
    manifest = (ROOT / "var" / "static" / "staticfiles.json").read_text()
    return "/static/" + re.search(r'"css/site.css": "([^"]+)"', manifest)[1]


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_server(page_cache):
    port = free_port()
    server = subprocess.Popen(  # noqa: S603
        [PYTHON, "-m", "gunicorn", "config.wsgi", "--workers", "2", "--bind", f"127.0.0.1:{port}"],
        cwd=ROOT,
        env={**ENV, "PAGE_CACHE": page_cache},
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    for _attempt in range(100):
        try:
            urllib.request.urlopen(base + "/pl/", timeout=5)  # noqa: S310  (our own local server)
            return server, base
        except OSError:
            time.sleep(0.2)
    server.terminate()
    raise RuntimeError("gunicorn did not start")


def milliseconds(value):
    number, unit = re.fullmatch(r"([\d.]+)(us|ms|s)", value).groups()
    return float(number) * {"us": 0.001, "ms": 1, "s": 1000}[unit]


def wrk(url, seconds=SECONDS):
    output = subprocess.run(  # noqa: S603
        ["wrk", "-t2", "-c8", f"-d{seconds}s", "--latency", url],  # noqa: S607
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    return {
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", output)[1]),
        "p50": milliseconds(re.search(r"^\s+50%\s+(\S+)", output, re.MULTILINE)[1]),
        "p99": milliseconds(re.search(r"^\s+99%\s+(\S+)", output, re.MULTILINE)[1]),
        "non_2xx": int(errors[1]) if errors else 0,
    }


def measure(page_cache, static):
    server, base = start_server(page_cache)
    try:
        for path in [*PAGES.values(), static]:  # warm-up: renditions, connections, the cache when it is on
            urllib.request.urlopen(base + path, timeout=30).read()  # noqa: S310
            wrk(base + path, seconds=2)
        results = {name: wrk(base + path) for name, path in PAGES.items()}
        results["static file"] = wrk(base + static)
        return results
    finally:
        server.terminate()
        server.wait(timeout=30)


def main():
    create_database()
    manage("migrate", "--no-input", "-v0")
    manage("load_demo_content", "--if-empty", "-v0")
    manage("load_scale_content")
    manage("collectstatic", "--no-input", "-v0")
    static = static_file()
    runs = {state: measure("on" if state == "cached" else "off", static) for state in ("cached", "uncached")}
    failures = 0
    print(f"\nwrk -t2 -c8 -d{SECONDS}s, gunicorn 2 workers, production settings, PostgreSQL, Redis")
    print(f"{'URL':<22}{'state':<10}{'req/s':>9}{'p50 ms':>9}{'p99 ms':>9}{'× static':>10}")
    for state, results in runs.items():
        ceiling = results["static file"]["rps"]
        for name, result in results.items():
            failures += result["non_2xx"]
            print(
                f"{name:<22}{state:<10}{result['rps']:>9.0f}{result['p50']:>9.1f}{result['p99']:>9.1f}"
                f"{result['rps'] / ceiling:>10.3f}" + (f"  {result['non_2xx']} non-2xx!" if result["non_2xx"] else "")
            )
    manage("bench_search", PAGE_CACHE="off")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
