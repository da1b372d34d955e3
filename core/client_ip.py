"""The visitor's address, for the limits on sign-ups, page passwords and sign-in attempts.

Behind a reverse proxy every request comes from the proxy: production names the header the
proxy fills (CLIENT_IP_HEADER, e.g. HTTP_X_REAL_IP). The header is believed only on a request that
came from one of TRUSTED_PROXIES; from anyone else it is the visitor's to invent, and the address
the connection came from is used.
"""

from django.conf import settings


def client_ip(request):
    connected_from = request.META.get("REMOTE_ADDR", "")
    header = settings.CLIENT_IP_HEADER
    if header == "REMOTE_ADDR" or connected_from not in settings.TRUSTED_PROXIES:
        return connected_from
    # A proxy appends the address it saw last: that one is the proxy's own word.
    forwarded = request.META.get(header, "").split(",")[-1].strip()
    return forwarded or connected_from
