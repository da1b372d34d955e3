"""Cache generations by URL path: how a purge reaches every cached variant of a page at once.

A cached response is stored under its URL together with the generations current when it
was made: that of its path ("page" scope) and of every path above it ("tree" scopes). A
purge replaces a generation with a new random token: every entry made under the old one
no longer matches, whatever query string it had, and is replaced or expires on its own. Purging
"/pl/programy/" as a page reaches that page with every ?page= and ?year=; purging it as
a tree also reaches every page below it.

A generation missing from the cache (never set, or evicted by Redis) gets a new token
too, so an old entry can never come back to life.

The same scopes are the surrogate keys a response carries to the front (Varnish, a CDN): purging a
scope's key there reaches what renewing its generation reaches here (caching/frontend.py).
"""

import hashlib
import threading
import uuid

from django.core.cache import cache

RETRY_PURGE_SECONDS = 2


def scope(kind, path):
    """A path as a page (with every query string) or as a tree (with all below): "page-3fa9…"."""
    return f"{kind}-{hashlib.sha256(path.encode()).hexdigest()[:20]}"


def _ancestor_paths(path):
    """'/pl/a/b/' → ['/', '/pl/', '/pl/a/', '/pl/a/b/']."""
    parts = [part for part in path.split("/") if part]
    return ["/"] + ["/" + "/".join(parts[:depth]) + "/" for depth in range(1, len(parts) + 1)]


def scopes(path):
    """The scopes a response for this path belongs to: its page, and the trees of it and above it."""
    return [scope("page", path)] + [scope("tree", prefix) for prefix in _ancestor_paths(path)]


def scope_keys(path):
    return ["pagecache:" + name for name in scopes(path)]


def current(path, *extra_keys):
    """The generations a response for this path is cached under, as one string, and whatever is stored
    under extra_keys: one round trip to the cache for both."""
    if _unsent:
        send_unsent()
    keys = scope_keys(path)
    found = cache.get_many([*keys, *extra_keys])
    missing = {key: uuid.uuid4().hex for key in keys if key not in found}
    if missing:
        cache.set_many(missing, timeout=None)
    return ":".join(found.get(key) or missing[key] for key in keys), {key: found.get(key) for key in extra_keys}


def purged_scopes(page_paths=(), tree_paths=()):
    return [scope("page", path) for path in page_paths] + [scope("tree", path) for path in tree_paths]


def purge(page_paths=(), tree_paths=()):
    """New generations for these paths: as pages (with every query string) and as trees (with all below)."""
    keys = ["pagecache:" + name for name in purged_scopes(page_paths, tree_paths)]
    if keys and not renew(keys):
        with _unsent_lock:
            _unsent.append(keys)
        retry_later()


def renew(keys):
    """Whether the cache took the new generations (Redis may not answer: caching/redis.py)."""
    return not cache.set_many({key: uuid.uuid4().hex for key in keys}, timeout=None)


# The generations this process could not renew: Redis back with the old ones would serve the old pages.
# They are renewed before this process reads the cache again, and every RETRY_PURGE_SECONDS until then.
_unsent = []
_unsent_lock = threading.Lock()


def send_unsent():
    with _unsent_lock:
        while _unsent and renew(_unsent[0]):
            _unsent.pop(0)
        if _unsent:
            retry_later()


def retry_later():
    timer = threading.Timer(RETRY_PURGE_SECONDS, send_unsent)
    timer.daemon = True
    timer.start()
