from django.shortcuts import redirect
from django.utils.cache import patch_vary_headers

from .languages import language_for_accept_header


def root_redirect(request):
    """/ has no language of its own: send the visitor to the home page in the language they read."""
    language_code = language_for_accept_header(request.headers.get("Accept-Language"))
    response = redirect(f"/{language_code}/")
    patch_vary_headers(response, ["Accept-Language"])
    return response
