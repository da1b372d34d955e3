"""Which language a visitor wants, and which language a page's text is written in."""

from django.conf import settings
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from django.utils.translation.trans_real import parse_accept_lang_header

# Norwegian readers of Nynorsk or of plain "no" read Bokmål far better than Polish.
LANGUAGE_FAMILIES = {"nb": "nb", "no": "nb", "nn": "nb", "en": "en", "pl": "pl"}


def language_for_accept_header(header):
    """The site language closest to the visitor's preferences; Polish when none is close."""
    for language_range, _quality in parse_accept_lang_header(header or ""):
        primary = language_range.split("-")[0].lower()
        if primary in LANGUAGE_FAMILIES:
            return LANGUAGE_FAMILIES[primary]
    return settings.LANGUAGE_CODE


def content_language(page):
    """The language of the page's text: an alias shows the text of the page it copies."""
    source = page.alias_of if page.alias_of_id else page
    return source.locale.language_code


# What a link says of a file in another language than the page's ("PDF, på polsk").
WRITTEN_IN = {"pl": _("in Polish"), "en": _("in English"), "nb": _("in Norwegian")}

# A language's name in the reader's language ("polski" to a Polish organiser), where the site's own list
# (settings.LANGUAGES) names each language in itself.
# (A context of their own: Django's catalogue has the same words, capitalised, for its own lists.)
LANGUAGE_NAMES = {
    "pl": pgettext_lazy("language in a list", "Polish"),
    "en": pgettext_lazy("language in a list", "English"),
    "nb": pgettext_lazy("language in a list", "Norwegian Bokmål"),
}
