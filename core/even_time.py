"""Sign-up forms answered in even time: how long the answer takes must not tell whether an address was known."""

import time
from functools import wraps

from django.conf import settings


def answered_in_even_time(view):
    """A POST is answered after SIGN_UP_ANSWER_SECONDS at least: the work differs between a new and a known
    address (a write or none, another e-mail), and the time must not tell them apart."""

    @wraps(view)
    def evened(request, *args, **kwargs):
        started = time.monotonic()
        response = view(request, *args, **kwargs)
        if request.method == "POST":
            time.sleep(max(0.0, started + settings.SIGN_UP_ANSWER_SECONDS - time.monotonic()))
        return response

    return evened
