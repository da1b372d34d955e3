"""Which consent text a visitor is shown, and the version record that proves it later."""

from django.conf import settings

from home.models import DataProtectionNotice

from .models import ConsentVersion


def notice_for(language_code):
    """The notice in the visitor's language, else the Polish source (shown with lang="pl")."""
    notices = DataProtectionNotice.objects.filter(
        locale__language_code__in=[language_code, settings.LANGUAGE_CODE]
    ).select_related("locale")
    return min(notices, key=lambda notice: notice.locale.language_code != language_code, default=None)


def version_digest(notice):
    return ConsentVersion.digest(notice.locale.language_code, notice.consent_text, notice.notice)


def version_for(notice, shown_digest=""):
    """The version the visitor saw: the one named by the form, if we know it, else the current text."""
    if shown_digest and (shown := ConsentVersion.objects.filter(sha256=shown_digest).first()):
        return shown
    version, _created = ConsentVersion.objects.get_or_create(
        sha256=version_digest(notice),
        defaults={
            "language": notice.locale.language_code,
            "consent_text": notice.consent_text,
            "notice": notice.notice,
        },
    )
    return version
