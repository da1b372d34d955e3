"""Django's Redis cache, with one Redis client per connection pool instead of one per cache call, and a
site that goes on without it: Redis holds only what can be made again.

While Redis does not answer, a read is a miss and a write is dropped, so pages are rendered each time
instead of failing with a 500; set_many says which keys it could not store, so that a purge is tried
again (caching.generations). Counters that must not be lost are kept elsewhere (core.ratelimit).
"""

import logging
import time
from functools import wraps

from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

from django.core.cache.backends import redis
from django.core.cache.backends.base import DEFAULT_TIMEOUT

logger = logging.getLogger(__name__)

# After a failed call, Redis is left alone this long: a server that times out would otherwise cost every
# page a dozen timeouts.
RETRY_AFTER_SECONDS = 2.0


class LeftAlone(Exception):
    """Redis did not answer a moment ago: not asked again yet."""


def while_unreachable(answer):
    """The client's method, answering answer(*its arguments) while Redis does not."""

    def decorate(method):
        @wraps(method)
        def call(self, *args):
            try:
                return method(self, *args)
            except LeftAlone:
                return answer(*args)
            except (RedisConnectionError, RedisTimeoutError) as error:
                logger.warning("Redis does not answer; pages are rendered uncached: %s", error)
                self.unreachable_until = time.monotonic() + RETRY_AFTER_SECONDS
                return answer(*args)

        return call

    return decorate


Client = redis.RedisCacheClient


class ReusedClientRedisCacheClient(Client):
    # Django builds a redis.Redis (and its ~80 response callbacks) for every get and set; a page
    # makes a dozen of them. A client is only a handle on the pool, safe to share between threads.
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}
        self.unreachable_until = 0.0

    def get_client(self, key=None, *, write=False):
        if time.monotonic() < self.unreachable_until:
            raise LeftAlone
        pool = self._get_connection_pool(write)
        if pool not in self._clients:
            self._clients[pool] = self._client(connection_pool=pool)
        return self._clients[pool]

    get = while_unreachable(lambda key, default: default)(Client.get)
    get_many = while_unreachable(lambda keys: {})(Client.get_many)
    has_key = while_unreachable(lambda key: False)(Client.has_key)
    add = while_unreachable(lambda key, value, timeout: False)(Client.add)
    set = while_unreachable(lambda key, value, timeout: None)(Client.set)
    touch = while_unreachable(lambda key, timeout: False)(Client.touch)
    delete = while_unreachable(lambda key: False)(Client.delete)
    delete_many = while_unreachable(lambda keys: None)(Client.delete_many)
    set_many = while_unreachable(lambda data, timeout: list(data))(Client.set_many)
    clear = while_unreachable(lambda: False)(Client.clear)


class RedisCache(redis.RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = ReusedClientRedisCacheClient

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        """The keys not stored: every one while Redis does not answer (Django's says none, always)."""
        safe_data = {self.make_and_validate_key(key, version=version): value for key, value in data.items()}
        return list(data) if data and self._cache.set_many(safe_data, self.get_backend_timeout(timeout)) else []
