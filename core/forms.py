"""Form helpers shared by every form of the site."""

from django import forms
from django.utils.translation import gettext_lazy as _


class DescribedErrorsMixin:
    """Ties each field's error message to the field (aria-describedby), for screen readers."""

    def is_valid(self):
        valid = super().is_valid()
        for name in self.errors:
            if name in self.fields:
                self.fields[name].widget.attrs.update(
                    {"aria-invalid": "true", "aria-describedby": f"{self[name].auto_id}-error"}
                )
        return valid


class ConsentForm(forms.Form):
    """A sign-up form's end: the consent text version shown (a hidden digest) and a honeypot. Subclasses
    declare `consent`, a BooleanField saying in its error what is not done without it; the template
    labels it with the notice's sentence and never ticks it in advance."""

    consent_version = forms.CharField(required=False, max_length=64, widget=forms.HiddenInput)
    # The honeypot: hidden from people, filled in by bots.
    website = forms.CharField(
        required=False,
        label=_("Leave this field empty"),
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    def is_bot(self):
        return bool(self.data.get("website"))
