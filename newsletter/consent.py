"""Which consent text a newsletter sign-up is shown; newsletter.models.ConsentVersion proves it later."""

from home.models import DataProtectionNotice


def notice_for(language_code):
    return DataProtectionNotice.for_language(DataProtectionNotice.Purpose.NEWSLETTER, language_code)
