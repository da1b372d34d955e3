"""The sign-up form of an event: the fields its editor chose, the consent box and a honeypot."""

from django import forms
from django.core.validators import RegexValidator
from django.utils.translation import gettext_lazy as _

from core.forms import ConsentForm, DescribedErrorsMixin

# The event page's switch for each optional field.
OPTIONAL_FIELDS = {
    "institution": "ask_institution",
    "position": "ask_position",
    "phone": "ask_phone",
    "needs": "ask_needs",
    "answer": "sign_up_question",
}
PHONE = RegexValidator(
    r"^\+?[0-9][0-9 ()-]{5,24}$", _("Enter a phone number: digits, spaces or hyphens, with + before a country code.")
)


class SignUpForm(DescribedErrorsMixin, ConsentForm):
    name = forms.CharField(
        label=_("First name and surname"), max_length=200, widget=forms.TextInput(attrs={"autocomplete": "name"})
    )
    email = forms.EmailField(
        label=_("Your e-mail address"), max_length=254, widget=forms.EmailInput(attrs={"autocomplete": "email"})
    )
    institution = forms.CharField(
        label=_("Institution (optional)"),
        required=False,
        max_length=200,
        widget=forms.TextInput(attrs={"autocomplete": "organization"}),
    )
    position = forms.CharField(
        label=_("Position (optional)"),
        required=False,
        max_length=200,
        widget=forms.TextInput(attrs={"autocomplete": "organization-title"}),
    )
    phone = forms.CharField(
        label=_("Phone (optional)"),
        required=False,
        max_length=32,
        validators=[PHONE],
        widget=forms.TextInput(attrs={"autocomplete": "tel", "type": "tel"}),
    )
    needs = forms.CharField(
        label=_("Accessibility or dietary needs (optional)"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    answer = forms.CharField(required=False, max_length=2000, widget=forms.Textarea(attrs={"rows": 3}))
    consent = forms.BooleanField(
        error_messages={"required": _("Tick the box to give your consent; without it we cannot sign you up.")},
    )

    def __init__(self, event, page, *args, **kwargs):
        """The fields event (the Polish page, which holds the settings) asks for; its own question as page,
        in the visitor's language, words it."""
        kwargs.setdefault("auto_id", "sign-up-%s")
        super().__init__(*args, **kwargs)
        for name, switch in OPTIONAL_FIELDS.items():
            if not getattr(event, switch):
                del self.fields[name]
        if "answer" in self.fields:
            question = page.sign_up_question or event.sign_up_question
            self.fields["answer"].label = _("{question} (optional)").format(question=question)

    def registrant_fields(self):
        """What is stored with the sign-up: the person's answers, without the form's own fields."""
        own = {"consent", *ConsentForm.base_fields}
        return {name: value for name, value in self.cleaned_data.items() if name not in own}
