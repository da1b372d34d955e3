"""Which pages a visitor of a language searches: those of the locale and the Polish ones, an alias in
the locale standing for the Polish page it copies (search.engine, search.titles)."""

from django.conf import settings

from wagtail.models import Page


def in_language(model, language_code, locales, programme):
    """The locale of this language, the pages to search for its visitor, and the locale's aliases;
    locales: the site's locales by id.

    Aliases are not indexed (core.indexing): the Polish pages they copy stand in for them and are
    swapped for them afterwards; Polish pages without an alias in the locale then drop out. Asking
    for two locales rather than for the aliases' sources lets PostgreSQL look up just the pages that
    the matching index entries name (search migration 0003)."""
    locale, searched = searched_locales(language_code, locales)
    pages = model.objects.live()
    aliases = Page.objects.live().filter(locale=locale, alias_of__isnull=False)
    if programme is None:
        return locale, pages.filter(locale_id__in=searched), aliases
    aliases = aliases.descendant_of(programme)
    return locale, pages.descendant_of(programme) | pages.filter(pk__in=aliases.values("alias_of_id")), aliases


def searched_languages(language_code):
    """The languages a visitor of this language searches: it, and Polish, in which untranslated pages are."""
    return {language_code, settings.LANGUAGE_CODE}


def searched_locales(language_code, locales):
    """The locale of this language, and the ids of the locales its visitor searches."""
    by_code = {locale.language_code: locale for locale in locales.values()}
    return by_code[language_code], sorted(by_code[code].pk for code in searched_languages(language_code))


def in_place_of_sources(ids, aliases):
    """The ids, each of a Polish page that has an alias among aliases (in_language) swapped for the alias's."""
    alias_of_source = dict(aliases.filter(alias_of_id__in=ids).values_list("alias_of_id", "pk"))
    return [alias_of_source.get(pk, pk) for pk in ids]
