"""Limits on attempts: per visitor's address and hour (sign-ups, page passwords), or per key (codes of the
second factor), counted in the database.

Not in Redis: its cache evicts what was used least (deploy/redis.conf), so a flood of pages could push
the counts out, and a Redis away or restarted would forget them. A count is one atomic update, shared by
every web process. An IPv6 visitor is counted by its /64, the network one household or office is given.
"""

import datetime
import ipaddress
import time

from django.db.models import F
from django.utils import timezone

from .client_ip import client_ip
from .models import Attempts

WINDOW_SECONDS = 3600
IPV6_NETWORK_BITS = 64


def allow(request, scope, per_hour):
    """Counts this attempt in scope; False once the visitor's address has used up per_hour in the current hour."""
    return attempts(f"{scope}:{counted_address(client_ip(request))}", WINDOW_SECONDS) <= per_hour


def counted_address(address):
    """The address an attempt counts for: an IPv6 address by its /64, since one visitor has a whole /64."""
    try:
        parsed = ipaddress.ip_address(address)
    except ValueError:
        return address
    if parsed.version == 4:
        return str(parsed)
    if parsed.ipv4_mapped:  # ::ffff:203.0.113.9, an IPv4 visitor on a dual-stack socket
        return str(parsed.ipv4_mapped)
    return str(ipaddress.ip_network(f"{parsed}/{IPV6_NETWORK_BITS}", strict=False))


def attempts(name, window_seconds):
    """Counts this attempt under name in the current window of window_seconds; returns how many there have been."""
    window = int(time.time() // window_seconds)
    expires_at = datetime.datetime.fromtimestamp((window + 1) * window_seconds, tz=datetime.UTC)
    Attempts.objects.filter(expires_at__lt=timezone.now()).delete()
    Attempts.objects.bulk_create([Attempts(name=name, window=window, expires_at=expires_at)], ignore_conflicts=True)
    counted = Attempts.objects.filter(name=name, window=window)
    counted.update(count=F("count") + 1)
    return counted.values_list("count", flat=True).get()
