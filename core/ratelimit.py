"""Limits on attempts, counted in the cache: per visitor's address and hour (sign-ups, page passwords), or per key.

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
    return attempts(f"{scope}:{client_ip(request)}", WINDOW_SECONDS) <= per_hour


def attempts(name, window_seconds):
    """Counts this attempt under name in the current window of window_seconds; returns how many there have been."""
    window = int(time.time() // window_seconds)
    key = f"ratelimit:{name}:{window}"
    cache.add(key, 0, timeout=window_seconds)
    try:
        return cache.incr(key)
    except ValueError:  # the key expired between add and incr
        cache.set(key, 1, timeout=window_seconds)
        return 1
