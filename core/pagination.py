"""Paginated listings whose page count comes from the cache where it can."""

from django.core.paginator import Paginator

from caching.facts import remembered
from caching.middleware import has_storable_query, not_stored


class CountedPaginator(Paginator):
    """A paginator told its count, which the cache keeps (counting thousands of pages is the costly part)."""

    def __init__(self, items, per_page, count):
        super().__init__(items, per_page)
        self.count = count


def paginate(request, items, per_page):
    """The requested page of items; any odd ?page= value falls back to the first or last page."""
    return kept_if_real(request, Paginator(items, per_page).get_page(request.GET.get("page")))


def kept_if_real(request, page):
    """A page shown for another ?page= than its own (past the last, "abc") or a filtered listing with
    nothing in it is answered, not stored (caching.middleware.not_stored)."""
    asked = request.GET.get("page")
    if (asked is not None and asked != str(page.number)) or (request.GET and not page.object_list):
        not_stored(request)
    return page


def paginate_listing(request, pages, per_page):
    """paginate() for a listing's queryset, with its count remembered for the filters in the query string
    (for the queries the page cache keeps: any other would add an entry of its own)."""
    if not has_storable_query(request):
        return paginate(request, pages, per_page)
    filters = request.GET.copy()
    filters.pop("page", None)
    count = remembered(request, "count?" + filters.urlencode(), pages.count)
    return kept_if_real(request, CountedPaginator(pages, per_page, count).get_page(request.GET.get("page")))
