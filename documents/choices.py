"""The kinds of position document the association adopts."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class DocumentKind(models.TextChoices):
    POSITION = "position", _("Position")
    RESOLUTION = "resolution", _("Resolution")
    OPINION = "opinion", _("Opinion")
    ANNEX = "annex", _("Annex")
    OTHER = "other", _("Other")
