from django import template
from django.utils import timezone

from events.calendar import month_of_events
from events.models import EventIndexPage, EventPage
from home.querysets import as_links

register = template.Library()


@register.inclusion_tag("components/month_calendar_widget.html", takes_context=True)
def month_calendar_widget(context, programme=None):
    """This month at a glance, each day with events linking to that day in the calendar."""
    request, page = context["request"], context["page"]
    calendar_page = as_links(EventIndexPage.objects.live().filter(locale_id=page.locale_id)).first()
    if calendar_page is None:
        return {}
    today = timezone.localdate()
    events = EventPage.objects.listed_in(page.locale_id).cards()
    query = "?"
    if programme is not None:
        events = events.in_programme(programme)
        query = f"?programme={programme.pk}&"
    calendar_url = calendar_page.get_url(request)
    return {
        "month": month_of_events(today.replace(day=1), today, events),
        "day_link_prefix": f"{calendar_url}{query}day=",
        "calendar_url": f"{calendar_url}{query}",
    }
