"""What the ground floor keeps in the database: the counts of the limits on attempts (core.ratelimit) and
the e-mail waiting for the worker (core.outbox)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Attempts(models.Model):
    """How many attempts were counted under one name (a limit and a visitor's address) in one window of time.

    In the database rather than Redis: Redis evicts and restarts, and a limit that forgets is no limit."""

    name = models.CharField(max_length=200)
    window = models.BigIntegerField()  # the window's number since the epoch, in its own length
    count = models.PositiveIntegerField(default=0)
    expires_at = models.DateTimeField(db_index=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["name", "window"], name="one_count_per_name_and_window")]

    def __str__(self):
        return f"{self.name}: {self.count}"


class QueuedMail(models.Model):
    """A message saved with the change that caused it, until the mail server accepts it (then it is deleted).

    One that the server kept refusing stays, marked failed, for the people named by `seen_by` to see."""

    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    recipient = models.CharField(_("recipient"), max_length=254)
    subject = models.CharField(_("subject"), max_length=998)
    content = models.JSONField()  # core.outbox.as_data: what rebuilds the EmailMessage
    # The permission of the people who answer for it: the organisers for a sign-up's mail, the newsletter's editors.
    seen_by = models.CharField(max_length=100)
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    last_error = models.TextField(_("last error"), blank=True)
    failed_at = models.DateTimeField(_("failed at"), null=True, blank=True, db_index=True)

    class Meta:
        verbose_name = _("e-mail not yet sent")
        verbose_name_plural = _("e-mails not yet sent")

    def __str__(self):
        return f"{self.subject} → {self.recipient}"
