"""Listing querysets every page type shares: what is listed where, links with only the columns links need."""

from asgiref.local import Local

from django.core.cache import cache
from django.core.signals import request_finished, request_started
from django.db.models import Q
from django.dispatch import receiver

from wagtail.models import Page, PageViewRestriction
from wagtail.query import PageQuerySet

RESTRICTED_PATHS_KEY = "restricted-page-paths"
# A page asks for them with each of its listings: within a request they are read from the cache once.
_this_request = Local()


@receiver(request_started)
def _remember_within_the_request(**kwargs):
    _this_request.active, _this_request.paths = True, None


@receiver(request_finished)
def _forget_after_the_request(**kwargs):
    _this_request.active, _this_request.paths = False, None


def restricted_paths():
    """The tree paths of the pages with a view restriction and of their aliases, which Wagtail restricts
    alike: few or none, kept in the cache until a restriction, a move or a new alias changes them."""
    paths = getattr(_this_request, "paths", None)
    if paths is None:
        paths = cache.get_or_set(RESTRICTED_PATHS_KEY, _find_restricted_paths, None)
        if getattr(_this_request, "active", False):
            _this_request.paths = paths
    return paths


def _find_restricted_paths():
    restricted = PageViewRestriction.objects.values("page_id")
    pages = Page.objects.filter(Q(pk__in=restricted) | Q(alias_of__in=restricted))
    return list(pages.values_list("path", flat=True))


def may_be_restricted(page):
    """False when no view restriction can apply: none on the page, its ancestors or what they alias."""
    return any(page.path.startswith(path) for path in restricted_paths())


def forget_restricted_paths():
    cache.delete(RESTRICTED_PATHS_KEY)
    _this_request.paths = None


def under_view_restriction():
    """True for pages hidden by a view restriction on them or an ancestor.

    A condition on the path, and none at all when nothing is restricted: a join to the
    restrictions on every row of a listing costs more than the listing itself.
    """
    condition = Q(pk__in=[])
    for path in restricted_paths():
        condition |= Q(path__startswith=path)
    return condition


# What a link to a page needs: its title, URL and language (an alias's is that of its source). Whole
# page rows, twice over for aliases, cost more in the ORM than anything else on a listing.
PAGE_LINK_FIELDS = ("title", "url_path", "path", "depth", "locale__language_code", "alias_of__locale__language_code")


def as_links(pages, *fields):
    """The pages with just what a link to each needs (PAGE_LINK_FIELDS), and these fields."""
    return pages.select_related("locale", "alias_of__locale").only(*PAGE_LINK_FIELDS, *fields)


def ancestors_and_versions(request, page):
    """The page's ancestors below Wagtail's root, and its live versions in every language, as links: what
    the breadcrumbs and the language links show, from one query a request instead of two."""
    memo = request.__dict__.setdefault("_ancestors_and_versions", {})
    if page.pk not in memo:
        ancestor_paths = [page.path[: Page.steplen * depth] for depth in range(2, page.depth)]
        related = Page.objects.filter(Q(path__in=ancestor_paths) | Q(translation_key=page.translation_key, live=True))
        links = list(as_links(related, "translation_key", "live").order_by("path"))
        memo[page.pk] = (
            [link for link in links if link.path in ancestor_paths],
            [link for link in links if link.translation_key == page.translation_key and link.live],
        )
    return memo[page.pk]


class ListingQuerySet(PageQuerySet):
    """Pages as the public listings show them: live, public, in one locale or under one programme."""

    card_fields = ()  # the fields of the model itself that its card shows, besides a link

    def cards(self):
        return as_links(self, *self.card_fields)

    def listed(self):
        """Live and public, in the listing's order (a model's queryset adds it)."""
        return (
            self.live()
            .exclude(under_view_restriction())
            .select_related("locale", "alias_of__locale")  # for the lang of untranslated items
        )

    def listed_in(self, locale):
        return self.listed().filter(locale=locale)

    def listed_under(self, programme):
        """Listed pages of the programme's own language that live under it or one of its sub-programmes.

        A subtree is in one language, so there is no condition on the locale: PostgreSQL would take it
        for one independent of the path, misjudge how few pages the two leave and hash-join every
        document of the locale."""
        return self.listed().in_programme(programme)

    def in_programme(self, programme):
        """Pages that live under the programme or one of its sub-programmes."""
        return self.descendant_of(programme)
