"""The visitor's address, for the limits on sign-ups and sign-in attempts.

Behind a reverse proxy every request comes from the proxy: production names the header the
proxy fills (CLIENT_IP_HEADER, e.g. HTTP_X_REAL_IP). Never a header the visitor could set unchecked.
"""

from django.conf import settings


def client_ip(request):
    return request.META.get(settings.CLIENT_IP_HEADER, "")
