"""The admin's reports of what the worker could not do (core.admin_views), in the Reports menu."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .admin_views import FailedTasksView, UnsentMailView


class ReportMenuItem(MenuItem):
    def __init__(self, view, label, url_name, icon_name):
        super().__init__(label, reverse(url_name), icon_name=icon_name)
        self.view = view

    def is_shown(self, request):
        return self.view.may_see(request.user)


@hooks.register("register_admin_urls")
def register_report_urls():
    return [
        path("reports/failed-tasks/", FailedTasksView.as_view(), name="failed_tasks"),
        path("reports/unsent-mail/", UnsentMailView.as_view(), name="unsent_mail"),
    ]


@hooks.register("register_reports_menu_item")
def register_failed_tasks_menu_item():
    return ReportMenuItem(FailedTasksView, _("Failed background tasks"), "failed_tasks", "warning")


@hooks.register("register_reports_menu_item")
def register_unsent_mail_menu_item():
    return ReportMenuItem(UnsentMailView, _("E-mails not sent"), "unsent_mail", "mail")
