"""The filters listings offer: by programme (or thematic network) and by year."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from core.forms import DescribedErrorsMixin

from .models import ProgrammePage

# The largest id a database accepts; a bigger number would crash the lookup instead of matching nothing.
MAX_ID = 2**63 - 1


class ProgrammeChoiceField(forms.ModelChoiceField):
    def to_python(self, value):
        if value not in self.empty_values and not (str(value).isdigit() and int(value) <= MAX_ID):
            raise ValidationError(self.error_messages["invalid_choice"], code="invalid_choice")
        return super().to_python(value)

    def label_from_instance(self, programme):
        # Thematic networks are indented under their programme.
        return "\u2014 " * (programme.depth - 4) + programme.title

    def offer_programmes_of(self, locale, remember):
        """The locale's programmes to choose from; the options shown come from caching.facts when it
        has them (the queryset still checks a chosen one)."""
        self.queryset = ProgrammePage.objects.choices_in(locale)
        options = remember("programmes", lambda: [(p.pk, self.label_from_instance(p)) for p in self.queryset])
        self.choices = [("", self.empty_label), *options]


class ListingFilterForm(DescribedErrorsMixin, forms.Form):
    """The filters of a listing page. An invalid value is reported on the form and otherwise ignored."""

    date_field = "date"

    programme = ProgrammeChoiceField(
        queryset=ProgrammePage.objects.none(), required=False, label=_("Programme"), empty_label=_("All programmes")
    )
    year = forms.TypedChoiceField(coerce=int, empty_value=None, required=False, label=_("Year"))

    def __init__(self, data, *, locale, pages, remember):
        """remember(name, compute): the value of compute(), from caching.facts when it has it."""
        super().__init__(data)
        self.fields["programme"].offer_programmes_of(locale, remember)
        if "year" in self.fields:
            years = remember(
                "years", lambda: [day.year for day in pages.order_by().dates(self.date_field, "year", order="DESC")]
            )
            self.fields["year"].choices = [("", _("All years"))] + [(year, year) for year in years]

    def filter(self, pages):
        self.is_valid()  # fills cleaned_data with the valid values only
        values = self.cleaned_data
        if values.get("programme"):
            pages = pages.in_programme(values["programme"])
        if values.get("year"):
            pages = pages.filter(**{f"{self.date_field}__year": values["year"]})
        return pages
