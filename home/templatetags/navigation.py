"""Header, breadcrumbs, language switcher and footer: the queries live here, not in templates."""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language
from wagtail.models import Locale

from home.models import DataProtectionNotice, HomePage

register = template.Library()


def active_locale(request):
    """The Locale of the request's language, looked up once per request."""
    if not hasattr(request, "active_locale"):
        request.active_locale = Locale.objects.get_for_language(get_language())
    return request.active_locale


@register.inclusion_tag("components/main_menu.html", takes_context=True)
def main_menu(context):
    request = context["request"]
    home = HomePage.objects.filter(locale=active_locale(request)).first()
    items = home.get_children().live().public().in_menu() if home else []
    current = context.get("page")
    return {
        "request": request,
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
    request = context["request"]
    locale = active_locale(request)
    # The notice in the request's language, else the Polish source.
    notices = DataProtectionNotice.objects.filter(
        locale__language_code__in=[locale.language_code, settings.LANGUAGE_CODE]
    ).select_related("locale")
    notice = min(notices, key=lambda candidate: candidate.locale_id != locale.pk, default=None)
    return {"request": request, "notice": notice, "settings": context.get("settings")}
