"""What the worker could not do, for the people who answer for it: failed tasks for administrators, e-mail
the mail server kept refusing for the organisers or the newsletter's editors, each with "Try again"."""

from django_tasks_db.models import DBTaskResult

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView

from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from . import outbox
from .models import QueuedMail

SHOWN = 200  # the newest; more means something is broken that a list will not mend


class RetryReport(WagtailAdminTemplateMixin, TemplateView):
    """A list of what failed, newest first, each with a button that tries it again."""

    def dispatch(self, request, *args, **kwargs):
        if not self.may_see(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        return super().get_context_data(failures=self.failures()[:SHOWN], **kwargs)

    def post(self, request):
        self.retry(get_object_or_404(self.failures(), pk=request.POST.get("pk")))
        messages.success(request, _("Queued to be tried again."))
        return redirect(request.path)


class FailedTasksView(RetryReport):
    page_title = gettext_lazy("Failed background tasks")
    header_icon = "warning"
    template_name = "core/admin/failed_tasks.html"

    @staticmethod
    def may_see(user):
        return user.is_superuser

    def failures(self):
        return DBTaskResult.objects.failed().order_by("-finished_at")

    def retry(self, result):
        """The same task with the same arguments, queued anew to run now; the failure leaves the list."""
        result.task.using(run_after=timezone.now()).enqueue(*result.args_kwargs["args"], **result.args_kwargs["kwargs"])
        result.delete()


class UnsentMailView(RetryReport):
    page_title = gettext_lazy("E-mails not sent")
    header_icon = "mail"
    template_name = "core/admin/unsent_mail.html"

    @staticmethod
    def may_see(user):
        return bool(readable_mail(user))

    def failures(self):
        permissions = readable_mail(self.request.user)
        return QueuedMail.objects.filter(failed_at__isnull=False, seen_by__in=permissions).order_by("-failed_at")

    def retry(self, mail):
        outbox.retry(mail)


def readable_mail(user):
    """The permissions (QueuedMail.seen_by) whose mail the user answers for."""
    return [permission for permission in settings.MAIL_FAILURES_SEEN_BY if user.has_perm(permission)]
