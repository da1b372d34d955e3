"""Sign-ups answered in even time: how long the answer takes must not tell whether an address was known."""

import time
from contextlib import contextmanager

from django.conf import settings


@contextmanager
def in_even_time():
    """The work inside takes SIGN_UP_ANSWER_SECONDS at least: it differs between a new and a known address
    (a write or none, another e-mail), and the time must not tell them apart.

    Only that work is evened, after the limit per address let it through: a refused, malformed or unknown
    request has nothing to hide and is answered at once, so nobody can hold the workers asleep with them."""
    started = time.monotonic()
    try:
        yield
    finally:
        time.sleep(max(0.0, started + settings.SIGN_UP_ANSWER_SECONDS - time.monotonic()))
