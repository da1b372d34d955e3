"""iCalendar files of events, made with the icalendar library: one event, or a feed of many."""

import datetime
from zoneinfo import ZoneInfo

import icalendar

from django.conf import settings
from django.http import HttpResponse
from django.utils import timezone

from core.addresses import absolute_url
from core.languages import content_language

LOCAL_TIME = ZoneInfo(settings.TIME_ZONE)  # Europe/Warsaw: events are planned in Polish time
PRODUCT_ID = "-//Miasta//Kalendarz wydarzen//PL"


def local(date, time):
    return datetime.datetime.combine(date, time, tzinfo=LOCAL_TIME)


def event_component(event, request):
    component = icalendar.Event()
    # The translation key is the same event in every language and never changes.
    component.add("uid", f"{event.translation_key}@miasta")
    component.add("dtstamp", event.last_published_at or timezone.now())
    component.add("summary", event.title, parameters={"LANGUAGE": content_language(event)})
    if event.lead:
        component.add("description", event.lead, parameters={"LANGUAGE": content_language(event)})
    if location := ", ".join(part for part in (event.place, event.city) if part):
        component.add("location", location)
    component.add("url", absolute_url(event.get_url(request)))
    if event.start_time is None:  # all day: DATE values, the end exclusive
        component.add("dtstart", event.start_date)
        component.add("dtend", event.end_date + datetime.timedelta(days=1))
    else:
        component.add("dtstart", local(event.start_date, event.start_time))
        if event.end_time:
            component.add("dtend", local(event.end_date, event.end_time))
        elif event.is_multi_day:
            component.add("dtend", local(event.end_date + datetime.timedelta(days=1), datetime.time()))
        else:
            component.add("duration", datetime.timedelta(hours=1))
    return component


def calendar_file(events, name, request=None):
    """The events as the bytes of an .ics file named name."""
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", settings.TIME_ZONE)
    events = list(events)
    for event in events:
        calendar.add_component(event_component(event, request))
    if events:
        # VTIMEZONE only for the years the events span, to keep the file small.
        first = min(event.start_date for event in events)
        last = max(event.end_date for event in events)
        calendar.add_missing_timezones(
            first_date=first.replace(month=1, day=1), last_date=last.replace(year=last.year + 1)
        )
    return calendar.to_ical()


def calendar_response(request, events, name, filename, *, attachment):
    response = HttpResponse(calendar_file(events, name, request), content_type="text/calendar; charset=utf-8")
    disposition = "attachment" if attachment else "inline"
    response["Content-Disposition"] = f'{disposition}; filename="{filename}.ics"'
    return response
