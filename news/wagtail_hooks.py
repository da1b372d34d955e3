"""The Atom feed of a programme's news, as a route of the programme page (programmes.ProgrammePage)."""

from django.urls import path

from wagtail import hooks

from .feeds import NewsFeed
from .models import NewsPage


def programme_news_feed(programme, request):
    return NewsFeed(NewsPage.objects.listed_under(programme))(request, page=programme)


@hooks.register("register_programme_routes")
def register_programme_news_feed():
    return [path("feed/", programme_news_feed, name="feed")]
