"""Who must sign in with a second factor, and what a session that passed only the password may reach."""

from django_otp import user_has_device

from django.conf import settings


def must_use_second_factor(user):
    """Superusers and the groups TWO_FACTOR_REQUIRED_GROUPS lists, where TWO_FACTOR_ENFORCED (off in development)."""
    if not settings.TWO_FACTOR_ENFORCED:
        return False
    return user.is_superuser or user.groups.filter(name__in=settings.TWO_FACTOR_REQUIRED_GROUPS).exists()


def awaits_second_factor(user):
    """A signed-in user who has a device or must have one, and has not given its code in this session."""
    if not user.is_authenticated or user.is_verified():
        return False
    return user_has_device(user) or must_use_second_factor(user)
