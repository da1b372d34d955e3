"""Error pages in the visitor's language: from the URL's prefix, else from Accept-Language.

400, 403 and 500 are rendered without the request and without the database: the request may
carry a host we refuse (400), and the database may be why we failed (500). A 404 is an
ordinary page of the site, with its menu (templates/404.html). The front answers a 503 with a
page of each language written out beforehand, while the site itself does not answer.
"""

import sys
from pathlib import Path

from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.template import loader
from django.utils import translation
from django.utils.translation import gettext_lazy as _

# The database refused or dropped the connection (it restarts, or is away): answered 503, tried again soon.
DATABASE_UNREACHABLE = (OperationalError, InterfaceError)
RETRY_AFTER_SECONDS = 30


def language_of(request):
    return translation.get_language_from_path(request.path_info) or translation.get_language_from_request(
        request, check_path=False
    )


def error_response(request, status, title, message, **params):
    return HttpResponse(error_page(language_of(request), title, message, **params), status=status)


def error_page(language_code, title, message, **params):
    with translation.override(language_code):  # the lazy texts are translated in here
        context = {"title": title, "message": message % params, "language_prefix": f"/{translation.get_language()}/"}
        return loader.render_to_string("error.html", context)


def write_unavailable_pages(folder):
    """503-pl.html, 503-en.html …: what the front (deploy/varnish/) answers while the site does not."""
    title, message = _("Service unavailable"), _("The site is restarting. Please try again in a moment.")
    for language_code, _name in settings.LANGUAGES:
        Path(folder, f"503-{language_code}.html").write_text(error_page(language_code, title, message))


def bad_request(request, exception=None):
    message = _("We could not understand this address. Check it, or start from the home page.")
    return error_response(request, 400, _("Bad request"), message)


def permission_denied(request, exception=None):
    return error_response(
        request, 403, _("Access denied"), _("You do not have permission to see this page. Sign in, or contact us.")
    )


def csrf_failure(request, reason=""):
    return error_response(
        request, 403, _("The form has expired"), _("Go back, reload the page and send the form again.")
    )


def server_error(request):
    """Django calls it while handling the exception: one from the database means the site cannot reach it,
    which is no error of the page's, and passes."""
    if isinstance(sys.exception(), DATABASE_UNREACHABLE):
        response = error_response(
            request,
            503,
            _("Service unavailable"),
            _("The site cannot reach its database at the moment. Please try again in a minute."),
        )
        response["Retry-After"] = str(RETRY_AFTER_SECONDS)
        return response
    return error_response(
        request, 500, _("Server error"), _("Sorry, something went wrong on our side. Please try again in a moment.")
    )


def locked_out(request, original_response=None, credentials=None):
    """django-axes: too many failed sign-ins from this address or for this account."""
    minutes = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)
    message = _("Wait %(minutes)d minutes, then try again, or reset your password.")
    return error_response(request, 429, _("Too many failed sign-ins"), message, minutes=minutes)


def too_many_password_guesses(request):
    message = _("Too many wrong passwords have come from your network. Wait an hour, then try again.")
    return error_response(request, 429, _("Too many attempts"), message)
