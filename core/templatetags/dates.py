"""Days and times of day as the visitor's language writes them, each formatted once.

Django's date and time filters parse their format anew for every value, and the calendar alone
shows some 180 dates and dozens of times. A date (not a datetime: no time zone) or
a time of day in a given format and language always reads the same, so it is formatted once per
process.
"""

import datetime
from functools import lru_cache

from django import template
from django.utils.formats import date_format, time_format
from django.utils.translation import get_language

register = template.Library()


@register.filter(expects_localtime=True)
def day(value, format_name="DATE_FORMAT"):
    """{{ page.date|day }}, {{ page.date|day:"Y-m-d" }}: what the date filter gives; "" for no date."""
    if isinstance(value, datetime.datetime):  # in local time already; rarely the same twice
        return date_format(value, format_name)
    if not isinstance(value, datetime.date):
        return ""
    return _formatted(date_format, value, format_name, get_language())


@register.filter
def clock(value, format_name="TIME_FORMAT"):
    """{{ event.start_time|clock }}, {{ event.start_time|clock:"H:i" }}: what the time filter gives
    for a time of day; "" for none."""
    if not isinstance(value, datetime.time):
        return ""
    return _formatted(time_format, value, format_name, get_language())


@lru_cache(maxsize=20_000)
def _formatted(formatter, value, format_name, language_code):  # the language is part of the key
    return formatter(value, format_name)
