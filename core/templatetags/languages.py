"""Truthful language markup: lang attributes, the language switcher, hreflang and canonical links."""

from dataclasses import dataclass, replace
from urllib.parse import urlencode

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.html import format_html
from django.utils.translation import get_language, get_language_info

from core.addresses import absolute_url
from core.languages import WRITTEN_IN, content_language
from core.querysets import ancestors_and_versions

register = template.Library()


@dataclass(frozen=True)
class PageVersion:
    language_code: str
    name: str
    url: str | None  # None: the page does not exist in that language
    is_translation: bool  # False for an alias, which shows the Polish text


def page_versions(request, page):
    """The page in every site language, in settings.LANGUAGES order; one query, once per request."""
    cache = request.__dict__.setdefault("_page_versions", {})
    key = page.pk if page is not None else None
    if key not in cache:
        cache[key] = list(_versions(request, page))
    return cache[key]


def _versions(request, page):
    if page is None or not getattr(page, "translation_key", None):
        for code, name in settings.LANGUAGES:
            yield PageVersion(code, name, translate_url(request.path, code), True)
        return
    _ancestors, versions = ancestors_and_versions(request, page)
    for version in versions:
        if version.pk == page.pk:
            page.locale = version.locale  # the page's own locale, fetched here anyway: lang_attr needs it
    by_language = {version.locale.language_code: version for version in versions}
    for code, name in settings.LANGUAGES:
        version = by_language.get(code)
        if version is None:
            yield PageVersion(code, name, None, False)
        else:
            yield PageVersion(code, name, version.get_url(request), not version.alias_of_id)


@register.simple_tag
def lang_attr(page):
    """' lang="pl"' on a page's text when it is not written in the request's language, else nothing."""
    language = content_language(page)
    return "" if language == get_language() else format_html(' lang="{}"', language)


@register.inclusion_tag("components/language_links.html", takes_context=True)
def language_links(context):
    """<link> elements: canonical (an alias points at the page it copies) and hreflang alternates."""
    request, page = context["request"], context.get("page")
    versions = page_versions(request, page)
    alternates = [
        (version.language_code, absolute_url(version.url))
        for version in versions
        if version.url and version.is_translation
    ]
    source_url = dict(alternates).get(settings.LANGUAGE_CODE)
    if page is not None and page.alias_of_id:
        canonical = absolute_url(page.alias_of.get_url(request))
    elif page is not None:
        canonical = absolute_url(page.get_url(request))
    else:
        canonical = None
    return {"canonical": canonical, "alternates": alternates, "x_default": source_url}


# Query parameters that mean the same in every language (a month, a results page, a query), which the switcher
# keeps; a programme's id differs from language to language, so a programme filter is left behind.
SHARED_QUERY_PARAMETERS = ("page", "year", "kind", "city", "month", "day", "q", "type", "lang")


@register.inclusion_tag("components/language_switcher.html", takes_context=True)
def language_switcher(context):
    """Links to the page in every language, keeping what the visitor is looking at (hreflang links keep nothing)."""
    request = context["request"]
    versions = page_versions(request, context.get("page"))
    query = urlencode([(name, value) for name, value in request.GET.items() if name in SHARED_QUERY_PARAMETERS])
    if query:
        versions = [replace(version, url=f"{version.url}?{query}") if version.url else version for version in versions]
    return {"versions": versions, "current": get_language()}


@register.inclusion_tag("components/untranslated_notice.html", takes_context=True)
def untranslated_notice(context, page):
    """For an alias: a note in the visitor's language that the text below is the untranslated original."""
    if not page.alias_of_id:
        return {}
    source = page.alias_of
    return {"source_url": source.get_url(context["request"]), "source_language": source.locale.language_code}


@register.simple_tag
def language_name(language_code):
    """The name of a language in the request's language, e.g. "polski", "Polish", "polsk"."""
    return get_language_info(language_code)["name_translated"]


@register.filter
def written_in(language_code):
    """ "in Polish" for "pl", in the visitor's language; nothing for no language."""
    return WRITTEN_IN[language_code] if language_code else ""
