"""The locale's index pages (news, calendar …) as links other pages point to, kept under the site's cache generation."""

from caching.facts import remembered

from .querysets import as_links


def index_page(request, model, locale_id):
    """The locale's live index page of this type (news, calendar …) as a link, or None.

    Other pages link to it. Index pages are in the main menu, so a change to one renews the whole
    site's cache generation (invalidation.policy), and they are kept under it."""
    return remembered(
        request,
        f"index-page:{model._meta.label}:{locale_id}",
        lambda: as_links(model.objects.live().filter(locale_id=locale_id)).first(),
        path="/",
    )
