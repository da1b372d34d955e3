from django.core.paginator import Paginator


def paginate(request, items, per_page):
    """The requested page of items; any odd ?page= value falls back to the first or last page."""
    return Paginator(items, per_page).get_page(request.GET.get("page"))
