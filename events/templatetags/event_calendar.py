"""The calendar at a glance on the home page and every programme, and a programme's upcoming events."""

from urllib.parse import urlsplit

from django import template
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.translation import get_language

from caching.facts import remembered
from core.index_pages import index_page
from events.calendar import month_of_events
from events.models import EventIndexPage, EventPage

register = template.Library()


@register.inclusion_tag("events/programme_events.html", takes_context=True)
def programme_events(context, programme):
    """The upcoming events of a programme page: its own and its networks'."""
    events = EventPage.objects.listed_under(programme).cards().upcoming()[:5]
    return {"request": context["request"], "page": programme, "upcoming_events": events}


WIDGET_EVENTS = 3


def events_to_show(events, today):
    """The next events, or the latest past ones when none is coming (so the widget is never empty while
    there are events), whether they are coming, and the first day of the month the grid shows: the
    month of the first of them, or this month while it is going on."""
    if upcoming := list(events.upcoming()[:WIDGET_EVENTS]):
        return upcoming, True, max(upcoming[0].start_date, today).replace(day=1)
    if latest := list(events.past()[:WIDGET_EVENTS]):
        return latest, False, latest[0].start_date.replace(day=1)
    return [], True, today.replace(day=1)


@register.simple_tag(takes_context=True)
def month_calendar_widget(context, programme=None):
    """A month at a glance, each day with events linking to that day in the calendar, and the next
    events (or the latest, when none is coming) named below it.

    The home page and every programme show it: it is kept rendered under the calendar's cache
    generations, which any change to an event renews (invalidation.policy), until midnight.
    """
    request, page = context["request"], context["page"]
    calendar_page = index_page(request, EventIndexPage, page.locale_id)
    if calendar_page is None:
        return ""
    today = timezone.localdate()
    calendar_url = calendar_page.get_url(request)
    query = "?" if programme is None else f"?programme={programme.pk}&"

    def render():
        if programme is None:
            events = EventPage.objects.listed_in(page.locale_id)
        else:
            events = EventPage.objects.listed_under(programme)
        shown, coming, first_day = events_to_show(events.cards(), today)
        widget = {
            "month": month_of_events(first_day, today, events.cards()),
            "events": shown,
            "coming": coming,
            "request": request,
            "day_link_prefix": f"{calendar_url}{query}day=",
            "calendar_url": f"{calendar_url}{query}",
        }
        return render_to_string("components/month_calendar_widget.html", widget)

    name = f"month-widget:{get_language()}:{today}:{query}"
    return remembered(request, name, render, path=urlsplit(calendar_url).path)
