"""The page cache: anonymous GET and HEAD requests for public pages answered from Django's cache.

It sits near the top of the middleware, so a hit costs one round trip to the cache and
no database query. What is cached is the anonymous page only: a request with a session cookie (an
editor) always goes through, and only a 200 response without cookies, without `Vary:
Cookie` and without `private`/`no-store` is stored, so nothing per visitor can leak. The
key is the full URL (language prefix and query string included), stored only for the query
parameters the site's pages read (PAGE_CACHE_QUERY_PARAMETERS); an entry counts only if
made under the current generations of its path (see generations.py), which the
invalidation renews on every change.

Cache-Control for the front (Varnish, a CDN): public pages may be kept shared for a few minutes
(`s-maxage`, served stale while revalidating) and carry their surrogate keys (Surrogate-Key), by
which a change purges them at once; browsers revalidate; everything else is `private, no-store`
unless the view said otherwise.
"""

import datetime
import hashlib

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.utils import timezone
from django.utils.cache import patch_cache_control

from . import generations

# Date-dependent parts (today in the month grid, upcoming events) change at midnight.
LONGEST_SECONDS = 6 * 3600
SHARED_SECONDS = getattr(settings, "PAGE_CACHE_SHARED_SECONDS", 300)
STALE_SECONDS = 60


def seconds_until_midnight():
    now = timezone.localtime()
    midnight = datetime.datetime.combine(now.date() + datetime.timedelta(days=1), datetime.time(), now.tzinfo)
    return max(1, min(LONGEST_SECONDS, int((midnight - now).total_seconds())))


LANGUAGE_PREFIXES = tuple(f"/{code}/" for code, _name in settings.LANGUAGES)
QUERY_PARAMETERS = frozenset(getattr(settings, "PAGE_CACHE_QUERY_PARAMETERS", ()))
# Longer than any query the site's own forms and links make (a search query is cut at 200 characters).
MAX_QUERY_STRING = 512


def has_session(request):
    """Only a visitor with a session can be a logged-in editor; anyone else sees the page everyone sees."""
    return settings.SESSION_COOKIE_NAME in request.COOKIES


def is_public_request(request):
    return request.method in ("GET", "HEAD") and request.path.startswith(LANGUAGE_PREFIXES) and not has_session(request)


def has_storable_query(request):
    """Only parameters the pages read, each once, in a query of bounded length: other variants are not kept."""
    parameters = request.GET.lists()
    return len(request.META.get("QUERY_STRING", "")) <= MAX_QUERY_STRING and all(
        name in QUERY_PARAMETERS and len(values) == 1 for name, values in parameters
    )


def not_stored(request):
    """The page answers, but neither this cache nor the front keeps it: a variant that lists nothing (a
    page past the last, a year or a month without items, an empty search), which anyone could vary
    without end to fill the caches."""
    request.not_stored = True


def kept_private(response):
    """Not for shared caches, unless the view said otherwise."""
    if "Cache-Control" not in response:
        patch_cache_control(response, private=True, no_store=True)
    return response


def is_shareable(response):
    cache_control = response.get("Cache-Control", "")
    return (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        and "cookie" not in response.get("Vary", "").lower()
        and "private" not in cache_control
        and "no-store" not in cache_control
    )


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.get_host()  # a Host outside ALLOWED_HOSTS is refused (400) before any cached page answers
        if not is_public_request(request):
            return kept_private(self.get_response(request))

        key = generation = None
        if getattr(settings, "PAGE_CACHE_ENABLED", True) and has_storable_query(request):
            # The entry is read with the generations; it is good only if made under the current ones.
            key = "pagecache:entry:" + hashlib.sha256(request.get_full_path().encode()).hexdigest()
            generation, found = generations.current(request.path, key)
            entry = found[key]
            if entry is not None and entry["generation"] == generation:
                return self.rebuild(entry)

        response = self.get_response(request)
        if getattr(request, "not_stored", False):
            patch_cache_control(response, private=True, no_store=True)
        if not is_shareable(response):
            return kept_private(response)
        if key and generations.current(request.path)[0] != generation:
            # Changed while it was rendered, maybe from what was there before: neither kept here nor
            # by the front, whose purge may have come before this response reaches it.
            return kept_private(response)
        patch_cache_control(
            response, public=True, max_age=0, s_maxage=SHARED_SECONDS, stale_while_revalidate=STALE_SECONDS
        )
        # What the front purges it by: the same scopes as the generations here (caching/frontend.py).
        response["Surrogate-Key"] = " ".join(generations.scopes(request.path))
        if key and request.method == "GET":
            if hasattr(response, "render") and not response.is_rendered:
                response.render()
            cache.set(key, self.entry(response, generation), timeout=seconds_until_midnight())
            response["X-Page-Cache"] = "miss"
        return response

    @staticmethod
    def entry(response, generation):
        return {"generation": generation, "content": response.content, "headers": dict(response.headers)}

    @staticmethod
    def rebuild(entry):
        response = HttpResponse(entry["content"], headers=entry["headers"])
        response["X-Page-Cache"] = "hit"
        return response
