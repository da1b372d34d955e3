"""Events (date and optional time, Europe/Warsaw) and the calendar page: month grid, upcoming and past lists."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import PageManager
from wagtail.search import index

from caching.middleware import not_stored
from core.pages import ContentPage, IndexPage
from core.pagination import paginate_listing
from core.querysets import ListingQuerySet

from .calendar import month_of_events, parse_day, parse_month
from .forms import EventFilterForm
from .ical import calendar_response


class EventIndexPage(RoutablePageMixin, IndexPage):
    """The calendar: a month grid, the events of a day, upcoming events soonest first, past events newest first."""

    subpage_types = ["events.EventPage"]
    per_page = 10
    upcoming_shown = 20  # the month grid and the iCalendar feed have the rest

    class Meta:
        verbose_name = _("event calendar")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        events = EventPage.objects.listed_in(self.locale_id).cards()
        form, events = self.filter_listing(request, events, EventFilterForm)
        today = timezone.localdate()
        day = parse_day(request.GET.get("day"))
        first_day = parse_month(request.GET.get("month"), today) if day is None or "month" in request.GET else day
        context["filter_form"] = form
        context["month"] = month = month_of_events(first_day.replace(day=1), today, events)
        if request.GET.keys() & {"month", "day"} and not any(cell.events for week in month.weeks for cell in week):
            not_stored(request)  # one of twelve thousand months without events
        context["day"] = day
        context["day_link_prefix"] = day_link_prefix(request)
        if day is not None:
            context["day_events"] = events.between(day, day).order_by("start_date", "start_time", "pk")
        upcoming = list(events.upcoming()[: self.upcoming_shown + 1])
        context["upcoming_events"] = upcoming[: self.upcoming_shown]
        context["more_upcoming"] = len(upcoming) > self.upcoming_shown
        context["past_events"] = paginate_listing(request, events.past(), self.per_page)
        return context

    @path("ics/", name="ical")
    def ical(self, request):
        events = EventPage.objects.listed_in(self.locale_id).order_by("start_date", "pk")
        return calendar_response(request, events, self.title, slugify(self.title), attachment=False)


def day_link_prefix(request):
    """'?…&day=': a link to one day of the grid that keeps the visitor's filters."""
    query = request.GET.copy()
    for key in ("day", "month", "page"):
        query.pop(key, None)
    query["day"] = ""
    return f"?{query.urlencode()}"


class EventQuerySet(ListingQuerySet):
    card_fields = ("start_date", "start_time", "end_date", "end_time", "city")

    def upcoming(self):
        return self.filter(end_date__gte=timezone.localdate()).order_by("start_date", "start_time", "pk")

    def past(self):
        return self.filter(end_date__lt=timezone.localdate()).order_by("-start_date", "-start_time", "-pk")

    def between(self, first_day, last_day):
        """Events on at least one day from first_day to last_day.

        As a subquery: PostgreSQL misjudges how few events the two date conditions leave, and would
        join them to every page of the locale."""
        days = EventPage.objects.filter(start_date__lte=last_day, end_date__gte=first_day).order_by()
        return self.filter(pk__in=days.values("pk"))


class EventPage(RoutablePageMixin, ContentPage):
    """A meeting, training or conference. Dates and times are local to Europe/Warsaw."""

    start_date = models.DateField(_("start date"))
    start_time = models.TimeField(_("start time"), null=True, blank=True, help_text=_("Leave empty for all-day events"))
    end_date = models.DateField(_("end date"), blank=True, help_text=_("Leave empty for one-day events"))
    end_time = models.TimeField(_("end time"), null=True, blank=True)
    place = models.CharField(_("place"), max_length=255, blank=True, help_text=_("Venue and address"))
    city = models.CharField(_("city"), max_length=100, blank=True)
    online_url = models.URLField(_("online link"), blank=True)
    registration_url = models.URLField(_("registration link"), blank=True)
    registration_deadline = models.DateField(_("registration deadline"), null=True, blank=True)
    # Sign-ups on this site (the registrations app); the places are shared by every translation.
    sign_up_places = models.PositiveIntegerField(
        _("places for sign-ups on this site"),
        null=True,
        blank=True,
        help_text=_(
            "Leave empty to take no sign-ups here. Those who sign up after the places are taken join a waiting list."
        ),
    )
    sign_up_opens = models.DateField(
        _("sign-up opens"), null=True, blank=True, help_text=_("Leave empty to open sign-ups at once")
    )
    ask_institution = models.BooleanField(_("ask for the institution"), default=False)
    ask_position = models.BooleanField(_("ask for the position"), default=False)
    ask_phone = models.BooleanField(_("ask for a phone number"), default=False)
    ask_needs = models.BooleanField(_("ask about accessibility or dietary needs"), default=False)
    sign_up_question = models.CharField(
        _("a question of your own"), max_length=255, blank=True, help_text=_("Asked with a free-text answer; optional")
    )

    objects = PageManager.from_queryset(EventQuerySet)()

    content_panels = [
        *ContentPage.content_panels[:1],
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("start_time")]),
                FieldRowPanel([FieldPanel("end_date"), FieldPanel("end_time")]),
            ],
            heading=_("When"),
        ),
        MultiFieldPanel([FieldPanel("place"), FieldPanel("city"), FieldPanel("online_url")], heading=_("Where")),
        MultiFieldPanel(
            [
                FieldPanel("registration_url"),
                FieldRowPanel([FieldPanel("sign_up_places"), FieldPanel("sign_up_opens")]),
                FieldPanel("registration_deadline"),
                FieldRowPanel([FieldPanel("ask_institution"), FieldPanel("ask_position"), FieldPanel("ask_phone")]),
                FieldPanel("ask_needs"),
                FieldPanel("sign_up_question"),
            ],
            heading=_("Registration"),
        ),
        *ContentPage.content_panels[1:],
    ]
    search_fields = ContentPage.search_fields + [index.FilterField("start_date")]
    search_detail_fields = ("place", "city")

    parent_page_types = ["events.EventIndexPage", "programmes.ProgrammePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")
        indexes = [models.Index(fields=["start_date", "end_date"])]

    def clean(self):
        super().clean()
        if self.end_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": _("The event cannot end before it starts.")})
        same_day = not self.end_date or self.end_date == self.start_date
        if same_day and self.start_time and self.end_time and self.end_time < self.start_time:
            raise ValidationError({"end_time": _("The event cannot end before it starts.")})
        if self.end_time and not self.start_time:
            raise ValidationError({"start_time": _("Give a start time as well, or leave both times empty.")})
        self.clean_sign_ups()

    def clean_sign_ups(self):
        if self.sign_up_places is None:
            return
        if self.registration_url:
            raise ValidationError(
                {"registration_url": _("Take sign-ups on this site or link to another one, not both.")}
            )
        last_day = self.end_date or self.start_date
        if self.registration_deadline and self.registration_deadline > last_day:
            raise ValidationError({"registration_deadline": _("Sign-ups cannot close after the event.")})
        if self.sign_up_opens and self.sign_up_opens > (self.registration_deadline or last_day):
            raise ValidationError({"sign_up_opens": _("Sign-ups cannot open after they close.")})

    def save(self, *args, **kwargs):
        # Listings and the calendar query one date range; a one-day event ends on its start date.
        if not self.end_date:
            self.end_date = self.start_date
        super().save(*args, **kwargs)

    @property
    def is_multi_day(self):
        return self.end_date != self.start_date

    @path("ics/", name="ical")
    def ical(self, request):
        """This event alone, for the visitor's own calendar."""
        return calendar_response(request, [self], self.title, self.slug, attachment=True)
