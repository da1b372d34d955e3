"""The site's search backend: Wagtail's database backend, whose index also keeps each page's ranking
text (search.ranking) in step with the page's index entry. Every way a page gets indexed goes through
the index: a publish, a PDF's text, `update_index`, the scale content's bulk load."""

from functools import cache

from modelsearch.backends import database
from wagtail.models import Page

from . import ranking


class RankingTextsIndex:
    def add_items(self, model, items):
        super().add_items(model, items)
        if issubclass(model, Page):
            ranking.store(list(items))

    def delete_item(self, item):
        super().delete_item(item)
        if isinstance(item, Page):
            ranking.forget([item])


@cache
def keeping_ranking_texts(index_class):
    return type(index_class.__name__, (RankingTextsIndex, index_class), {})


def SearchBackend(params):  # noqa: N802 -- the name Wagtail looks up in a backend's module
    """The database backend for the database in use (PostgreSQL, SQLite …), its index keeping ranking texts."""
    backend = database.SearchBackend(params)
    backend.index_class = keeping_ranking_texts(backend.index_class)
    return backend
