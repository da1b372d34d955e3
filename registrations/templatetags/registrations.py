"""The sign-up section of an event page: whether sign-ups are open, the places left, the form."""

from django import template
from django.utils.translation import get_language

from home.models import DataProtectionNotice
from registrations import places
from registrations.forms import SignUpForm
from registrations.models import ConsentVersion

register = template.Library()


@register.inclusion_tag("registrations/event_sign_up.html")
def event_sign_up(page):
    """Nothing for an event without sign-ups here, or while no notice says what happens to the data. The
    Polish page holds the settings: a translation shows the form before it is synchronised."""
    event = places.source_event(page)
    notice = DataProtectionNotice.for_language(DataProtectionNotice.Purpose.SIGN_UPS, get_language())
    if not places.takes_sign_ups(event) or notice is None:
        return {"hidden": True}
    return {
        "page": page,
        "state": places.sign_up_state(event),
        "opens": event.sign_up_opens,
        "closes": places.last_sign_up_day(event),
        "places_left": places.places_left(event),
        "notice": notice,
        "consent_digest": ConsentVersion.digest_of(notice),
        "form": SignUpForm(event, page),
    }
