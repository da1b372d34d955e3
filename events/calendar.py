"""The month grid: weeks from Monday to Sunday, each day with the events that span it."""

import calendar
import datetime
import re
from dataclasses import dataclass, field

from django.http import Http404

MONTH_PATTERN = re.compile(r"^(\d{4})-(\d{2})$")
DAY_PATTERN = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# Far enough for any association's calendar, and clear of the edges of Python's dates.
YEARS = range(1900, 3000)


@dataclass
class CalendarDay:
    date: datetime.date
    in_month: bool
    is_today: bool
    events: list = field(default_factory=list)


@dataclass
class Month:
    first_day: datetime.date
    weeks: list[list[CalendarDay]]

    @property
    def previous(self):
        previous = (self.first_day - datetime.timedelta(days=1)).replace(day=1)
        return previous if previous.year in YEARS else None

    @property
    def next(self):
        following = (self.first_day + datetime.timedelta(days=31)).replace(day=1)
        return following if following.year in YEARS else None

    @property
    def weekdays(self):
        return [day.date for day in self.weeks[0]]

    @property
    def first_shown(self):
        return self.weeks[0][0].date

    @property
    def last_shown(self):
        return self.weeks[-1][-1].date


def parse_month(value, today):
    """The first day of ?month=YYYY-MM, or of this month when it is absent; 404 for anything else."""
    if not value:
        return today.replace(day=1)
    match = MONTH_PATTERN.match(value)
    if match is None or int(match[1]) not in YEARS:
        raise Http404("No such month")
    try:
        return datetime.date(int(match[1]), int(match[2]), 1)
    except ValueError:
        raise Http404("No such month") from None


def parse_day(value):
    """The date of ?day=YYYY-MM-DD, None when it is absent; 404 for anything else."""
    if not value:
        return None
    if not DAY_PATTERN.match(value) or int(value[:4]) not in YEARS:
        raise Http404("No such day")
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        raise Http404("No such day") from None


def month_grid(first_day, today):
    """The weeks of the month, with the days of neighbouring months that fill its first and last week."""
    weeks = calendar.Calendar(firstweekday=calendar.MONDAY).monthdatescalendar(first_day.year, first_day.month)
    return Month(
        first_day=first_day,
        weeks=[[CalendarDay(day, day.month == first_day.month, day == today) for day in week] for week in weeks],
    )


def month_of_events(first_day, today, events):
    """The month grid of first_day's month, with the events (a queryset) that fall within it."""
    month = month_grid(first_day, today)
    return place_events(month, events.between(month.first_shown, month.last_shown))


def place_events(month, events):
    """Put each event on every day of the grid it spans."""
    days = {day.date: day for week in month.weeks for day in week}
    for event in events:
        day = max(event.start_date, month.first_shown)
        while day <= min(event.end_date, month.last_shown):
            days[day].events.append(event)
            day += datetime.timedelta(days=1)
    return month
