"""Limits per visitor's address and hour, counted in the cache (sign-ups, page passwords).

The count must be atomic and shared by every web process: Redis (REDIS_URL) in
production. With the local-memory cache each process counts for itself, so the real
limit becomes the limit times the number of processes — still a limit, not a hole.
"""

import time

from django.core.cache import cache

from .client_ip import client_ip

WINDOW_SECONDS = 3600


def allow(request, scope, per_hour):
    """Counts this attempt in scope; False once the visitor's address has used up per_hour in the current hour."""
    window = int(time.time() // WINDOW_SECONDS)
    key = f"ratelimit:{scope}:{client_ip(request)}:{window}"
    cache.add(key, 0, timeout=WINDOW_SECONDS)
    try:
        count = cache.incr(key)
    except ValueError:  # the key expired between add and incr
        cache.set(key, 1, timeout=WINDOW_SECONDS)
        count = 1
    return count <= per_hour
