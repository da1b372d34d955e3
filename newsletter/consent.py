"""Which consent text a visitor is shown, and the version record that proves it later."""

from home.models import DataProtectionNotice

from .models import ConsentVersion


def notice_for(language_code):
    return DataProtectionNotice.for_language(DataProtectionNotice.Purpose.NEWSLETTER, language_code)


def version_digest(notice):
    return ConsentVersion.digest_of(notice)


def version_for(notice, shown_digest=""):
    return ConsentVersion.shown(notice, shown_digest)
