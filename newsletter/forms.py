"""The newsletter's forms: sign-up (with its honeypot), change of address, erasure."""

from django import forms
from django.utils.translation import gettext_lazy as _

from core.forms import DescribedErrorsMixin


class SignUpForm(DescribedErrorsMixin, forms.Form):
    email = forms.EmailField(
        label=_("Your e-mail address"),
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    # Labelled with the notice's consent sentence by the template; never ticked in advance.
    consent = forms.BooleanField(
        label=_("I agree to receive the newsletter"),
        error_messages={"required": _("Tick the box to give your consent; without it we cannot send the newsletter.")},
    )
    consent_version = forms.CharField(required=False, max_length=64, widget=forms.HiddenInput)
    # The honeypot: hidden from people, filled in by bots.
    website = forms.CharField(
        required=False,
        label=_("Leave this field empty"),
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    def is_bot(self):
        return bool(self.data.get("website"))


class AddressForm(DescribedErrorsMixin, forms.Form):
    email = forms.EmailField(
        label=_("New e-mail address"), max_length=254, widget=forms.EmailInput(attrs={"autocomplete": "email"})
    )


class EraseForm(DescribedErrorsMixin, forms.Form):
    confirm = forms.BooleanField(
        label=_("Yes, erase my address and everything stored with it"),
        error_messages={"required": _("Tick the box to confirm; erasure cannot be undone.")},
    )
