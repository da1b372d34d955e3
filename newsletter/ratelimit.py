"""How many sign-ups (and changes of address, which mail a confirmation too) one address may make in an hour."""

from django.conf import settings

from core import ratelimit

SIGN_UPS_PER_HOUR = getattr(settings, "NEWSLETTER_SIGN_UPS_PER_IP_PER_HOUR", 10)


def allow_sign_up(request):
    """Counts this attempt; False once the address has used up its sign-ups in the current hour."""
    return ratelimit.allow(request, "newsletter-sign-ups", SIGN_UPS_PER_HOUR)
