"""The organisers' pages beside the sign-up listing: the events taking sign-ups, and a printable attendance list."""

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q
from django.shortcuts import get_object_or_404, render
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView

from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from events.models import EventPage

from .models import Registration

VIEW_PERMISSION = "registrations.view_registration"
Status = Registration.Status


def require_organiser(request):
    if not request.user.has_perm(VIEW_PERMISSION):
        raise PermissionDenied


class EventsWithSignUpsView(WagtailAdminTemplateMixin, TemplateView):
    """Each event that takes sign-ups (its Polish page, which its translations share), newest first, with its
    counts and its lists: a training nobody has signed up for yet too."""

    page_title = _("Events with sign-ups")
    header_icon = "date"
    template_name = "registrations/admin/events.html"

    def dispatch(self, request, *args, **kwargs):
        require_organiser(request)
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        counts = {status: Count("registrations", filter=Q(registrations__status=status)) for status in Status.values}
        taking = EventPage.objects.filter(sign_up_places__isnull=False, locale__language_code=settings.LANGUAGE_CODE)
        events = taking.order_by("-start_date")
        return super().get_context_data(events=events.annotate(**counts), **kwargs)


def attendance_list(request, event_id):
    """The confirmed registrants in alphabetical order, with room to sign: printed from the browser."""
    require_organiser(request)
    event = get_object_or_404(EventPage, pk=event_id)
    attendees = event.registrations.filter(status=Status.CONFIRMED).order_by("name", "pk")
    return render(request, "registrations/admin/attendance_list.html", {"event": event, "attendees": attendees})
