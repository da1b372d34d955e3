"""make bench: the site as in production, measured against the static-file ceiling.

Production settings under gunicorn (2 workers) on PostgreSQL with the scale content and
Redis as the cache; wrk (-t2 -c8) against each URL below, once with the page cache on and
once with it off; for each: req/s, p50, p99, req/s as a share of the static file's
req/s measured in the same run, and the CPU time a request took in the web processes, PostgreSQL
and Redis (from /proc, so with a local database and cache on Linux; "-" otherwise): where a
request's time goes, whatever share of the cores wrk and the servers each got. It moves with the
machine's speed too. Then search p50/p95 over the relevance set's queries, and the time an editor's
publish of a news item takes with Wagtail's index tasks in it and with them on the queue.
Everything started here is stopped at the end. Exits 1 if any response was not a 2xx.

Environment: BENCH_DATABASE_URL (postgres://postgres@127.0.0.1:5432/miasta_bench),
BENCH_REDIS_URL (redis://127.0.0.1:6379/15), BENCH_SECONDS (10 per URL and state).
"""

import os
import re
import sys
import tempfile
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

from front import start_varnish
from production_server import (
    ROOT,
    cache_server_pid,
    cpu_seconds,
    create_database,
    database_server_pid,
    environment,
    free_port,
    manage,
    run_waiting_tasks,
    start_server,
    start_worker,
    stop,
    vacuum,
    wrk,
)

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
# What a page costs before its own content, measured alongside: a Django view with a two-line
# template (the middleware, gunicorn, HTTP), and a page that is nearly all frame (routing, the
# header, breadcrumbs, language links, footer). No page type can do better than the second.
FLOORS = {
    "floor: Django view": "/robots.txt",
    "floor: page frame": "/pl/deklaracja-dostepnosci/",
}
URLS = {**PAGES, **FLOORS}
ENV = environment(DATABASE_URL, REDIS_URL)
SERVERS = ("web", "db", "cache")
# An editor's publish of a news item among the scale content, timed as its request runs it (the
# revision, the publish, the purges after the commit), with the tasks run in it and with them queued.
PUBLISH = """
import statistics, time
from django.test import override_settings
from news.models import NewsPage

news = NewsPage.objects.live().filter(locale__language_code="pl").order_by("pk").first()
title = news.title

def median_ms(times=9):
    spent = []
    for number in range(times):
        news.title = f"{title} ({number})"
        started = time.perf_counter()
        news.save_revision().publish()
        spent.append(time.perf_counter() - started)
    return statistics.median(spent) * 1000

with override_settings(TASKS={"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}):
    in_request = median_ms()
queued = median_ms()
news.title = title
news.save_revision().publish()
print(f"publish of a news item, median of 9: tasks in the request {in_request:.0f} ms, queued {queued:.0f} ms")
"""


def prepare():
    create_database(DATABASE_URL)
    manage(ENV, "migrate", "--no-input", "-v0")
    manage(ENV, "load_demo_content", "--if-empty", "-v0")
    manage(ENV, "load_scale_content")
    run_waiting_tasks(ENV)
    vacuum(DATABASE_URL)


def static_file():
    manifest = (ROOT / "var" / "static" / "staticfiles.json").read_text()
    return "/static/" + re.search(r'"css/site.css": "([^"]+)"', manifest)[1]


def measure(page_cache, static):
    server, base = start_server({**ENV, "PAGE_CACHE": page_cache})
    servers = {"web": server.pid, "db": database_server_pid(DATABASE_URL), "cache": cache_server_pid(REDIS_URL)}
    try:
        for path in [*URLS.values(), static]:  # warm-up: renditions, connections, the cache when it is on
            urllib.request.urlopen(base + path, timeout=30).read()  # noqa: S310
            wrk(base + path, seconds=2)
        return {name: with_cpu(servers, base + path) for name, path in [*URLS.items(), ("static file", static)]}
    finally:
        stop(server)


# As every browser asks: the front keeps pages compressed, and would otherwise uncompress each for wrk.
BROWSER_HEADERS = ["Accept-Encoding: gzip, deflate, br"]


def measure_front(static):
    """The pages and the static file through Varnish (deploy/varnish/) in front of the same gunicorn, after
    the warm-up every one from the front; and the static file from whitenoise direct, asked the same way."""
    port, purge_port = free_port(), free_port()
    server, backend = start_server({**ENV, "PAGE_CACHE": "on", "FRONT_PURGE_URLS": f"http://127.0.0.1:{purge_port}/"})
    varnish = start_varnish(port, urlsplit(backend).port, Path(tempfile.mkdtemp()) / "varnish", ENV, purge_port)
    base = f"http://127.0.0.1:{port}"
    try:
        for path in [*PAGES.values(), static]:
            for _time in range(2):
                urllib.request.urlopen(base + path, timeout=30).read()  # noqa: S310
        results = {name: wrk(base + path, SECONDS, headers=BROWSER_HEADERS) for name, path in PAGES.items()}
        results["static file"] = wrk(base + static, SECONDS, headers=BROWSER_HEADERS)
        results["static file, direct"] = wrk(backend + static, SECONDS, headers=BROWSER_HEADERS)
        return results
    finally:
        stop(varnish)
        stop(server)


def with_cpu(servers, url):
    """wrk's figures for the URL, and the CPU milliseconds a request took in each (local) server."""
    before = cpu_seconds(servers.values())
    result = wrk(url, SECONDS)
    after = cpu_seconds(before)
    return result | {
        name: 1000 * (after[pid] - before[pid]) / result["requests"] for name, pid in servers.items() if pid in after
    }


def main():
    prepare()
    manage(ENV, "collectstatic", "--no-input", "-v0")
    static = static_file()
    worker = start_worker(ENV)  # beside gunicorn, as in production
    try:
        runs = {state: measure("on" if state == "cached" else "off", static) for state in ("cached", "uncached")}
    finally:
        stop(worker)
    failures = 0
    print(f"\nwrk -t2 -c8 -d{SECONDS}s, gunicorn 2 workers, production settings, PostgreSQL, Redis")
    print(f"{'':<50}{'CPU ms a request':>25}")
    print(
        f"{'URL':<22}{'state':<10}{'req/s':>9}{'p50 ms':>9}{'p99 ms':>9}{'× static':>10}"
        + "".join(f"{server:>7}" for server in SERVERS)
    )
    for state, results in runs.items():
        ceiling = results["static file"]["rps"]
        for name, result in results.items():
            failures += result["non_2xx"]
            cpu = "".join(f"{result[server]:>7.2f}" if server in result else f"{'-':>7}" for server in SERVERS)
            alarm = f"  {result['non_2xx']} non-2xx!" if result["non_2xx"] else ""
            print(
                f"{name:<22}{state:<10}{result['rps']:>9.0f}{result['p50']:>9.1f}{result['p99']:>9.1f}"
                f"{result['rps'] / ceiling:>10.3f}{cpu}{alarm}"
            )
    front = measure_front(static)
    direct_static = front["static file, direct"]["rps"]
    print(f"\nthrough the front (Varnish before the same gunicorn), wrk -t2 -c8 -d{SECONDS}s, gzip accepted")
    print(f"{'URL':<22}{'req/s':>9}{'p50 ms':>9}{'p99 ms':>9}{'× static, front':>17}{'× static, direct':>18}")
    for name, result in front.items():
        failures += result["non_2xx"]
        print(
            f"{name:<22}{result['rps']:>9.0f}{result['p50']:>9.1f}{result['p99']:>9.1f}"
            f"{result['rps'] / front['static file']['rps']:>17.3f}{result['rps'] / direct_static:>18.3f}"
        )
    manage({**ENV, "PAGE_CACHE": "off"}, "bench_search")
    manage(ENV, "shell", "--no-imports", "-c", PUBLISH)
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
