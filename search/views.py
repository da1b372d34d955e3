from django.template.response import TemplateResponse
from wagtail.models import Locale, Page

from home.pagination import paginate

MAX_QUERY_LENGTH = 200


def clean_query(raw):
    """The query as a search backend can take it: printable text, bounded in length."""
    printable = "".join(char if char.isprintable() else " " for char in raw[:MAX_QUERY_LENGTH])
    return " ".join(printable.split())


def search(request):
    query = clean_query(request.GET.get("q", ""))
    results = Page.objects.none()
    if query:
        pages = Page.objects.live().public().filter(locale=Locale.get_active()).specific()
        results = pages.search(query)
    return TemplateResponse(
        request,
        "search/search.html",
        {"query": query, "results": paginate(request, results, 10)},
    )
