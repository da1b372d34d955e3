"""The news a programme page shows: its own and its networks' (programmes knows no news; news knows programmes)."""

from django import template

from core.index_pages import index_page
from news.models import NewsIndexPage, NewsPage

register = template.Library()


@register.inclusion_tag("news/programme_news.html", takes_context=True)
def programme_news(context, programme):
    request = context["request"]
    return {
        "request": request,
        "page": programme,
        "news": NewsPage.objects.listed_under(programme).cards()[:10],
        "news_index": index_page(request, NewsIndexPage, programme.locale_id),
    }
