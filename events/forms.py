"""The calendar's filters: by programme and city."""

from django import forms
from django.utils.translation import gettext_lazy as _

from programmes.filters import ListingFilterForm


class EventFilterForm(ListingFilterForm):
    year = None
    city = forms.ChoiceField(required=False, label=_("City"))

    def __init__(self, data, *, locale, pages, remember):
        super().__init__(data, locale=locale, pages=pages, remember=remember)
        cities = remember(
            "cities", lambda: list(pages.exclude(city="").order_by("city").values_list("city", flat=True).distinct())
        )
        self.fields["city"].choices = [("", _("All cities"))] + [(city, city) for city in cities]

    def filter(self, pages):
        pages = super().filter(pages)
        if self.cleaned_data.get("city"):
            pages = pages.filter(city=self.cleaned_data["city"])
        return pages
