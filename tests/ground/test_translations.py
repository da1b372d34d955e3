"""The pl and nb catalogues are complete, and the committed .mo files match their .po files."""

from pathlib import Path

import polib
import pytest

from django.conf import settings
from django.test import Client
from django.utils import translation

LOCALE_DIR = Path(settings.BASE_DIR) / "locale"


def catalogue(language_code):
    return polib.pofile(LOCALE_DIR / language_code / "LC_MESSAGES" / "django.po")


@pytest.mark.parametrize("language_code", ["pl", "nb"])
def test_every_string_is_translated(language_code):
    po = catalogue(language_code)
    untranslated = [entry.msgid for entry in po.untranslated_entries()]
    fuzzy = [entry.msgid for entry in po.fuzzy_entries()]
    assert not untranslated, untranslated
    assert not fuzzy, fuzzy
    assert len(po) > 100


@pytest.mark.parametrize("language_code", ["pl", "nb", "en"])
def test_compiled_catalogue_is_up_to_date(language_code):
    po = catalogue(language_code)
    mo = polib.mofile(LOCALE_DIR / language_code / "LC_MESSAGES" / "django.mo")

    def entries(catalogue_entries):
        return {
            (entry.msgctxt, entry.msgid): entry.msgstr or {str(key): text for key, text in entry.msgstr_plural.items()}
            for entry in catalogue_entries
            if entry.msgid  # the header
        }

    assert entries(mo) == entries(po.translated_entries())


@pytest.mark.parametrize(
    ("language_code", "expected"),
    [("pl", "Pobierz"), ("nb", "Last ned"), ("en", "Download")],
)
def test_interface_strings_follow_the_language(language_code, expected):
    with translation.override(language_code):
        assert translation.gettext("Download") == expected


@pytest.mark.django_db
def test_search_url_is_translated():
    client = Client()
    assert client.get("/pl/szukaj/").status_code == 200
    assert client.get("/nb/sok/").status_code == 200
    assert client.get("/en/search/").status_code == 200
