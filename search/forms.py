"""The search form: the query, bounded and cleaned, and its filters."""

from django import forms
from django.utils.translation import gettext_lazy as _

from core.forms import DescribedErrorsMixin
from documents.models import PositionDocumentPage
from events.models import EventPage
from news.models import NewsPage
from programmes.filters import ProgrammeChoiceField
from programmes.models import ProgrammePage

MAX_QUERY_LENGTH = 200

RESULT_TYPES = {
    "news": NewsPage,
    "document": PositionDocumentPage,
    "event": EventPage,
    "programme": ProgrammePage,
}


def cleaned_query(raw, max_length=MAX_QUERY_LENGTH):
    """The query as typed, without control characters and bounded in length."""
    return " ".join("".join(char if char.isprintable() else " " for char in raw[:max_length]).split())


class SearchForm(DescribedErrorsMixin, forms.Form):
    """The visitor's query and filters; an invalid filter is reported and otherwise ignored."""

    q = forms.CharField(required=False, label=_("Search for"))
    type = forms.ChoiceField(
        required=False,
        label=_("Type"),
        choices=[
            ("", _("All types")),
            ("news", _("News")),
            ("document", _("Documents")),
            ("event", _("Events")),
            ("programme", _("Programmes")),
        ],
    )
    year = forms.IntegerField(required=False, min_value=1900, max_value=2999, label=_("Year"))
    programme = ProgrammeChoiceField(
        queryset=ProgrammePage.objects.none(), required=False, label=_("Programme"), empty_label=_("All programmes")
    )
    lang = forms.ChoiceField(
        required=False, label=_("Languages"), choices=[("", _("This language")), ("all", _("All languages"))]
    )

    def __init__(self, data, *, locale, remember):
        """remember(name, compute): the value of compute(), from caching.facts when it has it."""
        super().__init__(data)
        self.fields["programme"].offer_programmes_of(locale, remember)

    def clean_q(self):
        return cleaned_query(self.cleaned_data["q"])

    def values(self):
        self.is_valid()  # fills cleaned_data with the valid values only
        return self.cleaned_data
