"""gunicorn in production: `gunicorn -c config/gunicorn.py config.wsgi` (make serve, bench and soak use it).

Sync workers: pages are rendered in Python and read from PostgreSQL or Redis in a few
milliseconds, so a process per core (and one spare) keeps the cores busy. Behind the front
(Varnish, docs/front.md), which holds slow clients off the workers; the proxy passes
X-Forwarded-Proto, and FORWARDED_ALLOW_IPS names the proxy's address.
"""

import multiprocessing
import os

bind = os.environ.get("BIND", "127.0.0.1:8000")
workers = int(os.environ.get("WEB_CONCURRENCY", multiprocessing.cpu_count() * 2 + 1))
# A render that takes longer than this is a bug or a stuck database: the worker is replaced.
timeout = 30
graceful_timeout = 30
keepalive = 5
# Workers are replaced now and then, so no slow leak can grow without bound.
max_requests = 2000
max_requests_jitter = 200
# The site is imported once, before the workers are forked: a replaced worker serves at once
# instead of importing Django and Wagtail for seconds while requests wait (seen as timeouts in
# make bench). Nothing opens a connection at import, so no socket is shared between workers.
preload_app = True
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
# One line per request on stdout; ACCESS_LOG= (empty) turns it off, as the benchmarks do.
accesslog = os.environ.get("ACCESS_LOG", "-") or None
errorlog = "-"
