"""The admin's view of the consent texts people agreed to: every wording, looked at and never changed."""

from django.utils.translation import gettext_lazy as _

from wagtail.admin.viewsets.model import ModelViewSet


class ConsentVersionViewSet(ModelViewSet):
    """Subclassed with the model of an app's home.models.ConsentVersion."""

    icon = "clipboard-list"
    menu_label = _("Consent texts")
    list_display = ["sha256", "language", "first_used_at"]
    list_filter = ["language"]
    inspect_view_enabled = True
    copy_view_enabled = False
    form_fields = ["consent_text"]
