"""Header, breadcrumbs, language switcher and footer: the queries live here, not in templates."""

from django import template
from django.conf import settings
from django.db.models import Q
from django.urls import translate_url
from django.utils.translation import get_language

from wagtail.models import Page

from home.models import DataProtectionNotice
from home.querysets import under_view_restriction

register = template.Library()

# Each locale's home page sits directly under Wagtail's root.
HOME_DEPTH = 2


@register.inclusion_tag("components/main_menu.html", takes_context=True)
def main_menu(context):
    """The home page of the request's language and its children that are in the menu, in one query."""
    pages = list(
        Page.objects.live()
        .filter(locale__language_code=get_language(), depth__in=(HOME_DEPTH, HOME_DEPTH + 1))
        .filter(Q(depth=HOME_DEPTH) | Q(show_in_menus=True))
        .exclude(under_view_restriction())
        .order_by("path")
    )
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
    ancestors = page.get_ancestors().filter(depth__gt=1) if page.depth > 2 else []
    return {"request": context["request"], "ancestors": ancestors, "page": page}


@register.inclusion_tag("components/language_switcher.html", takes_context=True)
def language_switcher(context):
    """Links to the current page in every language; outside pages, the same URL under another prefix."""
    request = context["request"]
    page = context.get("page")
    names = dict(settings.LANGUAGES)
    current = get_language()
    if page is not None and getattr(page, "locale_id", None):
        translations = {
            translation.locale.language_code: translation
            for translation in page.get_translations(inclusive=True).live().select_related("locale")
        }
        links = [
            (code, names[code], translations[code].get_url(request) if code in translations else None)
            for code, _name in settings.LANGUAGES
        ]
    else:
        links = [(code, name, translate_url(request.path, code)) for code, name in settings.LANGUAGES]
    return {"links": links, "current": current}


@register.inclusion_tag("components/footer.html", takes_context=True)
def site_footer(context):
    # The notice in the request's language, else the Polish source.
    language_code = get_language()
    notices = DataProtectionNotice.objects.filter(
        locale__language_code__in=[language_code, settings.LANGUAGE_CODE]
    ).select_related("locale")
    notice = min(notices, key=lambda candidate: candidate.locale.language_code != language_code, default=None)
    return {"request": context["request"], "notice": notice, "settings": context.get("settings")}
