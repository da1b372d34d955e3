"""Candidates on PostgreSQL: the best index entries first, then which of their pages may be shown.

Wagtail's backend joins each matching entry to its page before it ranks them, so for a common word
PostgreSQL looks up a page for every entry of a tie in rank; ranking the entries alone and checking
the pages of the best few hundred takes half the time (docs/performance.md). The rank reads the same
vectors with the backend's weights, for the whole query at once rather than term by term: the best
50 of a common word may differ, then ranked in search.engine."""

from contextlib import contextmanager
from functools import reduce
from operator import and_, or_

from django.conf import settings
from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVectorField
from django.db import connection
from django.db.models import F
from django.db.models.expressions import CombinedExpression

from modelsearch.backends import get_search_backend
from modelsearch.backends.database.postgres.postgres import PostgresSearchBackend
from modelsearch.backends.database.postgres.weights import get_sql_weights
from modelsearch.utils import get_descendants_content_types_pks
from wagtail.search.models import IndexEntry

# How many of the best entries to check for each page wanted: a visitor's language and the live pages
# leave most of them (the other languages are a fifth of the index each).
ENTRIES_PER_PAGE = 4


@contextmanager
def planned_for_the_words():
    """Statements run here are planned for their words each time, never prepared (config.settings): a plan
    kept for any words ranks a common word's entries slower. Elsewhere a no-op."""
    if connection.vendor != "postgresql":
        yield
        return
    connection.ensure_connection()
    psycopg_connection = connection.connection
    threshold, psycopg_connection.prepare_threshold = psycopg_connection.prepare_threshold, None
    try:
        yield
    finally:
        psycopg_connection.prepare_threshold = threshold


def tsquery(words):
    """Every word, in any of its terms."""
    config = settings.WAGTAILSEARCH_BACKENDS["default"]["SEARCH_CONFIG"]

    def any_term(group):
        return reduce(or_, [SearchQuery(term, config=config, search_type="plain") for term in sorted(group)])

    return reduce(and_, [any_term(group) for group in words])


def holds_the_index():
    """Whether the search index is in PostgreSQL (Wagtail's database backend), not in OpenSearch."""
    return connection.vendor == "postgresql" and isinstance(get_search_backend(), PostgresSearchBackend)


def best_page_ids(pages, words, count):
    """Ids of the best `count` pages of the queryset that have every word, best first; None when the
    best entries were mostly of pages it leaves out, and the backend has to rank them all."""
    query = tsquery(words)
    # The expression of the GIN index (search migration 0001), so PostgreSQL finds the entries in it.
    text = CombinedExpression(F("title"), "||", F("body"), output_field=SearchVectorField())
    weights = get_sql_weights()  # the backend's, from the search fields' boosts
    title_rank, body_rank = (SearchRank(F(vector), query, weights=weights) for vector in ("title", "body"))
    rank = title_rank * F("title_norm") + body_rank
    entries = (
        IndexEntry.objects.filter(content_type_id__in=get_descendants_content_types_pks(pages.model))
        .annotate(text=text)
        .filter(text=query)
        .order_by(rank.desc(), "-pk")
    )
    limit = count * ENTRIES_PER_PAGE
    ids = [int(object_id) for object_id in entries.values_list("object_id", flat=True)[:limit]]
    shown = set(pages.filter(pk__in=ids).values_list("pk", flat=True))
    found = [pk for pk in ids if pk in shown][:count]
    if len(found) < count and len(ids) == limit:
        return None
    return found
