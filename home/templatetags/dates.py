"""Days as the visitor's language writes them, without formatting the same day twice.

Django's date filter parses its format anew for every value (about 20 µs), and the month grid
alone shows some 180 dates. A day (a date, not a datetime: no time zone) in a given format and
language always reads the same, so it is formatted once per process.
"""

import datetime
from functools import lru_cache

from django import template
from django.utils.formats import date_format
from django.utils.translation import get_language

register = template.Library()


@register.filter(expects_localtime=True)
def day(value, format_name="DATE_FORMAT"):
    """{{ page.date|day }}, {{ page.date|day:"Y-m-d" }}: what the date filter gives; "" for no date."""
    if isinstance(value, datetime.datetime):  # in local time already; rarely the same twice
        return date_format(value, format_name)
    if not isinstance(value, datetime.date):
        return ""
    return _formatted(value, format_name, get_language())


@lru_cache(maxsize=20_000)
def _formatted(value, format_name, language_code):  # the language is part of the key
    return date_format(value, format_name)
