"""Header menu, breadcrumbs and footer: the queries live here, not in templates."""

from django import template
from django.conf import settings
from django.db.models import Q
from django.utils.translation import get_language

from wagtail.models import Page

from caching import generations
from caching.middleware import has_session
from core.querysets import ancestors_and_versions, as_links, may_be_restricted, under_view_restriction
from home.models import AccessibilityStatementPage, SiteSettings

register = template.Library()

# Each locale's home page sits directly under Wagtail's root.
HOME_DEPTH = 2


@register.simple_tag
def frame():
    """How long the menu and footer may be kept, and the generation that a change to them renews
    (a menu page, the notice, the site settings: invalidation.policy purges the whole site)."""
    generation, _nothing = generations.current("/")
    return {"generation": generation, "seconds": settings.FRAGMENT_CACHE_SECONDS}


# The anonymous page does not ask for the user, so it does not touch the session and stays cacheable.
register.filter("has_session", has_session)


@register.inclusion_tag("components/main_menu.html", takes_context=True)
def main_menu(context):
    """The home page of the request's language and its children that are in the menu, in one query."""
    pages = (
        Page.objects.live()
        .filter(locale__language_code=get_language(), depth__in=(HOME_DEPTH, HOME_DEPTH + 1))
        .filter(Q(depth=HOME_DEPTH) | Q(show_in_menus=True))
        .exclude(under_view_restriction())
        .order_by("path")
    )
    pages = list(as_links(pages))
    home = pages[0] if pages and pages[0].depth == HOME_DEPTH else None
    items = [page for page in pages if home and page.depth > HOME_DEPTH and page.path.startswith(home.path)]
    current = context.get("page")
    return {
        "request": context["request"],
        "home": home,
        "items": [(item, bool(current and current.path.startswith(item.path))) for item in items],
    }


@register.inclusion_tag("components/breadcrumbs.html", takes_context=True)
def breadcrumbs(context, page):
    ancestors, _versions = ancestors_and_versions(context["request"], page)
    return {"request": context["request"], "ancestors": ancestors, "page": page}


@register.inclusion_tag("components/footer.html", takes_context=True)
def site_footer(context):
    request = context["request"]
    statement = AccessibilityStatementPage.objects.live().filter(locale__language_code=get_language()).first()
    return {
        "request": request,
        "accessibility_statement": statement,
        "privacy_page": privacy_page(request),
        "settings": context.get("settings"),
    }


def privacy_page(request):
    """The privacy page the site settings name, in the visitor's language where it is translated."""
    chosen = SiteSettings.for_request(request).privacy_page
    if chosen is None:
        return None
    shown = chosen.localized
    return shown if shown.live and not may_be_restricted(shown) else None
