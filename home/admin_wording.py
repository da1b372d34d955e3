"""Wagtail's own admin phrases whose Polish we correct; our catalogue comes before Wagtail's (LOCALE_PATHS).

Wagtail's Polish puts the workflow's name in the nominative after "do" ("Wyślij do Akceptacja
moderatora"), and reads "Request changes" as a noun. The msgids are Wagtail's, marked here so that
`make messages` keeps them in locale/.
"""

from django.utils.translation import gettext_noop

CORRECTED = [
    gettext_noop("Submit to %(workflow_name)s"),
    gettext_noop("Sent to %(task_name)s %(started_at)s"),
    gettext_noop("Request changes"),
]
