"""Atom feeds of news: the news index's and each programme's, in the page's language."""

import datetime

from django.contrib.syndication.views import Feed
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed

from core.addresses import absolute_url

FEED_LENGTH = 20


class NewsFeed(Feed):
    """An Atom feed of the newest news under a page (the news index, or a programme), in the page's language.

    Made anew for each request, so keeping the request on it is safe. Every link is absolute at the
    site's own address: Django would complete a relative one from the request's Host, which is the
    visitor's to choose, and the feed is cached for everyone.
    """

    feed_type = Atom1Feed

    def __init__(self, news):
        super().__init__()
        self.news = news

    def get_object(self, request, page):
        self.request = request
        return page

    def title(self, page):
        return page.title

    def link(self, page):
        return absolute_url(page.get_url(self.request))

    def feed_url(self, page):
        return absolute_url(self.request.path)

    def subtitle(self, page):
        return page.lead

    def items(self, page):
        return self.news[:FEED_LENGTH]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.lead

    def item_link(self, item):
        return absolute_url(item.get_url(self.request))

    def item_pubdate(self, item):
        return timezone.make_aware(datetime.datetime.combine(item.date, datetime.time(12)))

    def item_updateddate(self, item):
        return item.last_published_at or self.item_pubdate(item)
