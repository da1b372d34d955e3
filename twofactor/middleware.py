"""Until the second step is passed, the admin answers nothing but that step; the site treats the user as a visitor."""

from django_otp import user_has_device

from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import urlencode

from caching.middleware import has_session

from .policy import awaits_second_factor

ADMIN_PREFIX = "/admin/"
# What a session that passed only the password may open: the steps themselves, and the way out.
OPEN_URL_NAMES = ("twofactor_verify", "twofactor_enrol", "wagtailadmin_logout")
# What those pages' scripts load: the admin's interface strings and its icons, the same for everyone.
OPEN_PATH_PREFIXES = ("/admin/jsi18n/", "/admin/sprite/")


class SecondFactorMiddleware:
    """After django_otp's OTPMiddleware, which tells whether the session's device was verified."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        # Without a session nobody is signed in; asking request.user would read the session and make every
        # public page vary by cookie, out of the page cache.
        if not has_session(request) or not awaits_second_factor(request.user):
            return self.get_response(request)
        if not request.path.startswith(ADMIN_PREFIX):
            # Private documents and pages behind a sign-in see no user until the code is given.
            request.user = AnonymousUser()
            return self.get_response(request)
        if request.path in {reverse(name) for name in OPEN_URL_NAMES} or request.path.startswith(OPEN_PATH_PREFIXES):
            return self.get_response(request)
        if request.headers.get("x-requested-with") == "XMLHttpRequest" or request.method != "GET":
            raise PermissionDenied
        step = "twofactor_verify" if user_has_device(request.user) else "twofactor_enrol"
        return redirect(reverse(step) + "?" + urlencode({"next": request.get_full_path()}))
