"""The site's search backend: the backend named by WRAPS (Wagtail's database backend unless told, e.g.
"modelsearch.backends.opensearch3"), whose index also keeps each page's ranking text (search.ranking)
in step with the page's index entry. Every way a page gets indexed goes through the index: a publish,
a PDF's text, `update_index`, the scale content's bulk load."""

from functools import cache

from modelsearch.backends import import_backend
from wagtail.models import Page

from . import ranking


class RankingTextsIndex:
    def add_items(self, model, items):
        items = list(items)  # read twice: by the index, then for the ranking texts
        super().add_items(model, items)
        if issubclass(model, Page):
            ranking.store(items)

    def delete_item(self, item):
        super().delete_item(item)
        if isinstance(item, Page):
            ranking.forget([item])


@cache
def keeping_ranking_texts(index_class):
    return type(index_class.__name__, (RankingTextsIndex, index_class), {})


def SearchBackend(params):  # noqa: N802 -- the name Wagtail looks up in a backend's module
    params = dict(params)
    backend = import_backend(params.pop("WRAPS", "wagtail.search.backends.database"))(params)
    backend.index_class = keeping_ranking_texts(backend.index_class)
    return backend
