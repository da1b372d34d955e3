"""Project-wide request handling: the language from the URL prefix, HEAD without a body, malformed posts, headers."""

from django.middleware.locale import LocaleMiddleware
from django.utils import translation
from django.utils.datastructures import MultiValueDictKeyError

from .errors import bad_request


class PrefixedLocaleMiddleware(LocaleMiddleware):
    """Django's LocaleMiddleware, minus its redirect of unknown paths to /pl/….

    Every public URL carries its language prefix, so /xx/… or /nb-NO/… is simply not found;
    / itself is answered by config.views.root_redirect.
    """

    def process_response(self, request, response):
        response.headers.setdefault("Content-Language", translation.get_language())
        return response


class HeadWithoutBodyMiddleware:
    """A HEAD answer has the headers of the GET answer and no body (RFC 9110): Django leaves dropping the
    body to the server, and gunicorn sends it."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if request.method == "HEAD" and not response.streaming:
            length = len(response.content)
            response.content = b""
            response["Content-Length"] = str(length)
        return response


class MissingFieldIsBadRequestMiddleware:
    """A form posted without a field its view reads (a hand-made POST to the admin without `body-count`) is the
    client's mistake: 400, not 500."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if isinstance(exception, MultiValueDictKeyError) and request.method == "POST":
            return bad_request(request)
        return None


def without_encoding_named_none(get_response):
    """Wagtail's document view sends `Content-Encoding: None` for a file without one (wagtail.utils.sendfile), which
    tells a client to decode the PDF with a coding named "None": no header is the truth."""

    def middleware(request):
        response = get_response(request)
        if response.get("Content-Encoding") == "None":
            del response["Content-Encoding"]
        return response

    return middleware
