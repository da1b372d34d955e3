from django.middleware.locale import LocaleMiddleware
from django.utils import translation


class PrefixedLocaleMiddleware(LocaleMiddleware):
    """Django's LocaleMiddleware, minus its redirect of unknown paths to /pl/….

    Every public URL carries its language prefix, so /xx/… or /nb-NO/… is simply not found;
    / itself is answered by home.views.root_redirect.
    """

    def process_response(self, request, response):
        response.headers.setdefault("Content-Language", translation.get_language())
        return response
