"""A per-address limit on sign-ups, counted in the cache.

The count must be atomic and shared by every web process: Redis (REDIS_URL) in
production. With the local-memory cache each process counts for itself, so the real
limit becomes the limit times the number of processes — still a limit, not a hole.
"""

import time

from django.conf import settings
from django.core.cache import cache

from home.client_ip import client_ip

SIGN_UPS_PER_HOUR = getattr(settings, "NEWSLETTER_SIGN_UPS_PER_IP_PER_HOUR", 10)
WINDOW_SECONDS = 3600


def allow_sign_up(request):
    """Counts this attempt; False once the address has used up its attempts in the current hour."""
    window = int(time.time() // WINDOW_SECONDS)
    key = f"newsletter:sign-ups:{client_ip(request)}:{window}"
    cache.add(key, 0, timeout=WINDOW_SECONDS)
    try:
        count = cache.incr(key)
    except ValueError:  # the key expired between add and incr
        cache.set(key, 1, timeout=WINDOW_SECONDS)
        count = 1
    return count <= SIGN_UPS_PER_HOUR
