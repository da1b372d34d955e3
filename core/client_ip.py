"""The visitor's address, for the limits on sign-ups, page passwords and sign-in attempts.

Behind reverse proxies every request comes from the last proxy: production names the header they fill
(CLIENT_IP_HEADER, e.g. HTTP_X_FORWARDED_FOR) and how many of them stand before the site
(TRUSTED_PROXY_HOPS: 1 behind Varnish alone, 2 behind nginx and Varnish). Each proxy appends the
address it saw, so the visitor's is the one the first trusted proxy appended: counted from the right,
at TRUSTED_PROXY_HOPS; anything left of it the visitor may have written. The header is believed only on
a request that came from one of TRUSTED_PROXIES; from anyone else the connection's address is used.
"""

from django.conf import settings


def client_ip(request):
    connected_from = request.META.get("REMOTE_ADDR", "")
    header = settings.CLIENT_IP_HEADER
    if header == "REMOTE_ADDR" or connected_from not in settings.TRUSTED_PROXIES:
        return connected_from
    appended = [address.strip() for address in request.META.get(header, "").split(",") if address.strip()]
    if not appended:
        return connected_from
    # A chain shorter than configured: its first address was still appended by a trusted proxy.
    return appended[-min(settings.TRUSTED_PROXY_HOPS, len(appended))]
