"""What the ground floor keeps in the database: the counts of the limits on attempts (core.ratelimit)."""

from django.db import models


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
