"""Facts a listing derives from its content — the years and cities to filter by, how many items a
filter leaves — kept in the cache under the generations of the page's URL path, as the page itself
is: whatever purges the page (an item published, moved, deleted, translated) renews them too.

They make a render cheap when the page cache misses, e.g. for a ?page= nobody has asked for yet:
these aggregates over thousands of rows cost more than the rest of the page (docs/performance.md).
"""

import hashlib

from django.conf import settings
from django.core.cache import cache

from . import generations
from .middleware import is_public_request, seconds_until_midnight


def remembered(request, name, compute, path=None):
    """compute(), or its value from the cache if made under the current generations of the URL path
    (the request's, unless told). Editors and previews, which no purge reaches, get it computed."""
    if not settings.FRAGMENT_CACHE_SECONDS or not is_public_request(request):
        return compute()
    path = path or request.path
    key = "facts:" + hashlib.sha256(f"{path}\n{name}".encode()).hexdigest()
    generation, found = generations.current(path, key)
    entry = found[key]
    if entry is not None and entry["generation"] == generation:
        return entry["value"]
    value = compute()
    # Until midnight at most: "past" and "upcoming" move with the date.
    timeout = min(settings.FRAGMENT_CACHE_SECONDS, seconds_until_midnight())
    cache.set(key, {"generation": generation, "value": value}, timeout=timeout)
    return value
