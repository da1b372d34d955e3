"""Sign-ups in the admin, for the Organizatorzy group (and administrators) only: lists, exports, attendance."""

from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.generic.models import IndexView
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import HeaderButton

import home.consent_admin
from core.spreadsheets import ExportForExcel

from .admin_views import VIEW_PERMISSION, EventsWithSignUpsView, attendance_list
from .models import ConsentVersion, Registration


class SignUpsIndexView(ExportForExcel, IndexView):
    """The list with its downloads as buttons in sight, following the filters chosen."""

    @cached_property
    def header_buttons(self):
        return [
            *super().header_buttons,
            HeaderButton(_("Download the list (Excel)"), url=self.xlsx_export_url, icon_name="download"),
            HeaderButton(_("Download the list (CSV)"), url=self.csv_export_url, icon_name="download"),
        ]


class RegistrationViewSet(ModelViewSet):
    """Looked at, exported and erased on request; never added or edited, which would need the person's consent."""

    model = Registration
    index_view_class = SignUpsIndexView
    name = "sign_ups"
    url_prefix = "sign-ups/list"
    icon = "user"
    menu_label = _("Sign-ups")
    list_display = ["name", "email", "event", "status", "language", "signed_up_at"]
    list_filter = ["status", "event", "language"]
    search_fields = ["name", "email", "institution"]
    list_export = [
        "event",
        "status",
        "name",
        "email",
        "institution",
        "position",
        "phone",
        "needs",
        "answer",
        "language",
        "signed_up_at",
        "email_confirmed_at",
        "cancelled_at",
    ]
    export_filename = "sign-ups"
    inspect_view_enabled = True
    copy_view_enabled = False
    form_fields = ["name"]


class ConsentVersionViewSet(home.consent_admin.ConsentVersionViewSet):
    """Every wording of the sign-up consent someone agreed to, unchanged."""

    model = ConsentVersion
    name = "sign_up_consent_texts"
    url_prefix = "sign-ups/consent-texts"


class EventsMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(VIEW_PERMISSION)


class RegistrationsViewSetGroup(ViewSetGroup):
    menu_label = _("Sign-ups for events")
    menu_icon = "date"
    menu_order = 260
    items = (RegistrationViewSet, ConsentVersionViewSet)
    submenu_hook = "register_sign_ups_menu_item"


@hooks.register("register_sign_ups_menu_item")
def register_events_menu_item():
    return EventsMenuItem(_("Events with sign-ups"), reverse("registrations_events"), icon_name="date", order=0)


@hooks.register("register_admin_viewset")
def register_registration_viewsets():
    return RegistrationsViewSetGroup()


@hooks.register("register_admin_urls")
def register_organiser_urls():
    return [
        path("sign-ups/", EventsWithSignUpsView.as_view(), name="registrations_events"),
        path("sign-ups/<int:event_id>/attendance/", attendance_list, name="registrations_attendance_list"),
    ]
