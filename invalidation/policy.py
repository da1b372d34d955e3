"""Which cached pages a change to a page makes stale, in every language it appears in.

For a page, in each locale where it exists (translations and aliases share its
translation key):
- the page and everything below it, as a tree: its feeds and iCalendar files, and
  descendants whose breadcrumbs show its title;
- its ancestors (programme, thematic network, index, home page), the listings of the
  locale (news, documents, calendar, multimedia, programmes), the programmes a news item
  is related to, and the search page, each with all its query strings (every calendar
  month, every results page) and its feeds.
A page in the main menu (depth 3 or above) changes every page of the site.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.db import transaction
from django.urls import reverse
from django.utils import translation

from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page

from caching import frontend, generations
from core.querysets import forget_restricted_paths
from documents.models import DocumentIndexPage
from events.models import EventIndexPage
from home.models import HomePage
from news.models import MultimediaPage, NewsIndexPage, NewsPage
from programmes.models import ProgrammeIndexPage

LISTING_TYPES = (HomePage, NewsIndexPage, DocumentIndexPage, EventIndexPage, MultimediaPage, ProgrammeIndexPage)
MENU_DEPTH = 3


def path_of(page):
    url = page.get_url()
    return urlsplit(url).path if url else None


def with_routes(page):
    """The page's path and the paths of its fixed sub-routes (feed/, ics/, events/ics/)."""
    path = path_of(page)
    if path is None:
        return []
    paths = [path]
    if issubclass(page.specific_class or Page, RoutablePageMixin):
        for pattern in page.specific_class.get_subpage_urls():
            route = str(pattern.pattern)
            if route and "<" not in route:
                paths.append(path + route)
    return paths


def search_paths(locale_codes):
    paths = []
    for language_code in locale_codes:
        with translation.override(language_code):
            paths += [reverse("search"), reverse("search_suggestions")]
    return paths


def stale_paths(page):
    """(page paths, tree paths) made stale by a change to page; tree paths ("/") for a menu page."""
    versions = list(Page.objects.filter(translation_key=page.translation_key).select_related("locale"))
    if any(version.depth <= MENU_DEPTH for version in versions):
        return [], ["/"]
    locale_ids = {version.locale_id for version in versions}
    step = Page.steplen  # ancestors from the home page (depth 2) to the parent
    ancestor_paths = {
        version.path[:length] for version in versions for length in range(2 * step, len(version.path), step)
    }
    shown_on = Page.objects.filter(path__in=ancestor_paths) | Page.objects.type(*LISTING_TYPES).filter(
        locale_id__in=locale_ids
    )
    if isinstance(page.specific, NewsPage):
        shown_on |= Page.objects.filter(translation_key__in=page.specific.related_programmes.values("translation_key"))
    page_paths = [path for shown in shown_on.filter(depth__gt=1) for path in with_routes(shown)]
    page_paths += search_paths({version.locale.language_code for version in versions})
    tree_paths = [path for version in versions if (path := path_of(version))]
    return page_paths, tree_paths


def purge_page(page):
    page_paths, tree_paths = stale_paths(page)
    purge(page_paths, tree_paths)


def purge_everything():
    purge([], ["/"])


def renew_everything():
    """Every cached page and fragment, and the list of restricted paths: after changes that sent no
    signal (bulk inserts, a deploy)."""
    purge_everything()
    forget_restricted_paths()


def purge(page_paths, tree_paths):
    # Now, for readers in this transaction, and again after the commit: a request that read the
    # old content in between may have cached it under the generation renewed the first time.
    generations.purge(page_paths, tree_paths)
    transaction.on_commit(lambda: generations.purge(page_paths, tree_paths))
    # The front only after the commit: a purge before it would let the old page be fetched again.
    transaction.on_commit(lambda: frontend.purge_keys(generations.purged_scopes(page_paths, tree_paths)))
    if getattr(settings, "WAGTAILFRONTENDCACHE", None):
        transaction.on_commit(lambda: frontend.purge_paths(page_paths + tree_paths))


def purge_page_alone(page):
    """The page and its routes in every language, not the listings that show it: for a change only the
    page itself shows (the places left at an event)."""
    versions = Page.objects.filter(translation_key=page.translation_key).specific()
    purge([path for version in versions for path in with_routes(version)], [])
