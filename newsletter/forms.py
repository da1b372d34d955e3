"""The newsletter's forms: sign-up (with its honeypot), change of address, erasure."""

from django import forms
from django.utils.translation import gettext_lazy as _

from core.forms import ConsentForm, DescribedErrorsMixin


class SignUpForm(DescribedErrorsMixin, ConsentForm):
    email = forms.EmailField(
        label=_("Your e-mail address"),
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    consent = forms.BooleanField(
        label=_("I agree to receive the newsletter"),
        error_messages={"required": _("Tick the box to give your consent; without it we cannot send the newsletter.")},
    )


class AddressForm(DescribedErrorsMixin, forms.Form):
    email = forms.EmailField(
        label=_("New e-mail address"), max_length=254, widget=forms.EmailInput(attrs={"autocomplete": "email"})
    )


class EraseForm(DescribedErrorsMixin, forms.Form):
    confirm = forms.BooleanField(
        label=_("Yes, erase my address and everything stored with it"),
        error_messages={"required": _("Tick the box to confirm; erasure cannot be undone.")},
    )
