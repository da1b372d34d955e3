"""Cache generations by URL path: how a purge reaches every cached variant of a page at once.

A cached response is stored under its URL together with the generations current when it
was made: that of its path ("page" scope) and of every path above it ("tree" scopes). A
purge replaces a generation with a new random token: every entry made under the old one
no longer matches, whatever query string it had, and is replaced or expires on its own. Purging
"/pl/programy/" as a page reaches that page with every ?page= and ?year=; purging it as
a tree also reaches every page below it.

A generation missing from the cache (never set, or evicted by Redis) gets a new token
too, so an old entry can never come back to life.
"""

import hashlib
import uuid

from django.core.cache import cache


def _scope_key(kind, path):
    return f"pagecache:{kind}:{hashlib.sha256(path.encode()).hexdigest()[:32]}"


def _ancestor_paths(path):
    """'/pl/a/b/' → ['/', '/pl/', '/pl/a/', '/pl/a/b/']."""
    parts = [part for part in path.split("/") if part]
    return ["/"] + ["/" + "/".join(parts[:depth]) + "/" for depth in range(1, len(parts) + 1)]


def scope_keys(path):
    return [_scope_key("page", path)] + [_scope_key("tree", prefix) for prefix in _ancestor_paths(path)]


def current(path, *extra_keys):
    """The generations a response for this path is cached under, as one string, and whatever is stored
    under extra_keys: one round trip to the cache for both."""
    keys = scope_keys(path)
    found = cache.get_many([*keys, *extra_keys])
    missing = {key: uuid.uuid4().hex for key in keys if key not in found}
    if missing:
        cache.set_many(missing, timeout=None)
    return ":".join(found.get(key) or missing[key] for key in keys), {key: found.get(key) for key in extra_keys}


def purge(page_paths=(), tree_paths=()):
    """New generations for these paths: as pages (with every query string) and as trees (with all below)."""
    keys = [_scope_key("page", path) for path in page_paths] + [_scope_key("tree", path) for path in tree_paths]
    if keys:
        cache.set_many({key: uuid.uuid4().hex for key in keys}, timeout=None)
