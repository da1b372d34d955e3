"""The document index's filters: by programme, year and kind."""

from django import forms
from django.utils.translation import gettext_lazy as _

from programmes.filters import ListingFilterForm

from .choices import DocumentKind


class DocumentFilterForm(ListingFilterForm):
    date_field = "adopted_on"

    kind = forms.ChoiceField(choices=[("", _("All kinds")), *DocumentKind.choices], required=False, label=_("Kind"))

    def filter(self, pages):
        pages = super().filter(pages)
        if self.cleaned_data.get("kind"):
            pages = pages.filter(kind=self.cleaned_data["kind"])
        return pages
