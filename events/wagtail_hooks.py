"""A programme's events as an iCalendar file, as a route of the programme page (programmes.ProgrammePage)."""

from django.urls import path

from wagtail import hooks

from .ical import calendar_response
from .models import EventPage


def programme_calendar(programme, request):
    events = EventPage.objects.listed_under(programme).order_by("start_date", "pk")
    return calendar_response(request, events, programme.title, programme.slug, attachment=False)


@hooks.register("register_programme_routes")
def register_programme_calendar():
    return [path("events/ics/", programme_calendar, name="ical")]
