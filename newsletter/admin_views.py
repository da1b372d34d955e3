"""The editors' "send this issue" button: a confirmation page that queues the sending and shows its progress."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Count
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView

from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from .models import NewsletterIssue
from .sending import recipients, source_issue
from .tasks import start_sending

SEND_PERMISSION = "newsletter.send_newsletterissue"


class SendIssueView(WagtailAdminTemplateMixin, TemplateView):
    page_title = gettext_lazy("Send newsletter issue")
    header_icon = "mail"
    template_name = "newsletter/admin/send_issue.html"

    def dispatch(self, request, pk):
        if not request.user.has_perm(SEND_PERMISSION):
            raise PermissionDenied
        self.issue = source_issue(get_object_or_404(NewsletterIssue, pk=pk))
        return super().dispatch(request, pk)

    def get_page_subtitle(self):
        return self.issue.subject

    def get_context_data(self, **kwargs):
        waiting = recipients(self.issue).values("language").annotate(count=Count("pk")).order_by("language")
        translated = set(self.issue.get_translations(inclusive=True).values_list("locale__language_code", flat=True))
        return super().get_context_data(
            issue=self.issue,
            waiting=[{**row, "translated": row["language"] in translated} for row in waiting],
            delivered=self.issue.deliveries.count(),
            **kwargs,
        )

    def post(self, request, pk):
        start_sending(self.issue)
        messages.success(request, _("Sending has started. This page shows how many subscribers have the issue."))
        return redirect("newsletter_send_issue", pk=self.issue.pk)
