"""Content floor: events, the calendar and iCalendar files."""
