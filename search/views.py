import re

from django.template.response import TemplateResponse

from wagtail.models import Locale, Page

from home.pagination import paginate

MAX_QUERY_LENGTH = 200
MAX_TERMS = 12


def printable_query(raw):
    """The query as typed, without control characters and bounded in length, to show back to the visitor."""
    printable = "".join(char if char.isprintable() else " " for char in raw[:MAX_QUERY_LENGTH])
    return " ".join(printable.split())


def search_terms(query):
    """The words of the query alone: quotes and operators mean something different to each backend."""
    return " ".join(re.findall(r"\w+", query)[:MAX_TERMS])


def search(request):
    query = printable_query(request.GET.get("q", ""))
    terms = search_terms(query)
    results = Page.objects.none()
    if terms:
        pages = Page.objects.live().public().filter(locale=Locale.get_active()).specific()
        results = pages.search(terms)
    return TemplateResponse(
        request,
        "search/search.html",
        {"query": query, "results": paginate(request, results, 10)},
    )
