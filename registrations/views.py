"""Signing up from an event page, confirming from the e-mail, and the registrant's own page to cancel.

No view uses Django's CSRF cookie. The form sits on event pages a cache serves to
everyone, so it cannot carry a per-visitor token; a forged sign-up only mails a
confirmation link, which the owner of the address ignores. The other views are
reached through a signed token in the URL, which a cross-site attacker cannot know.
"""

from django.conf import settings
from django.shortcuts import redirect, render
from django.utils.formats import date_format
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from core import ratelimit
from core.even_time import in_even_time
from core.signed_links import ExpiredLink, InvalidLink
from events.models import EventPage
from home.models import DataProtectionNotice

from . import places
from .daily import RETENTION_DAYS
from .emails import event_in_language, own_url
from .forms import SignUpForm
from .models import ConsentVersion, Registration
from .tokens import read_confirmation_token, read_own_token

MESSAGES = {
    "thanks": (
        _("Check your inbox"),
        _(
            "We have sent you an e-mail. Click the link in it within 7 days to confirm your sign-up: only then "
            "do you have a place (or a place on the waiting list). If this address was signed up already, the "
            "e-mail says so, and nothing is signed up twice."
        ),
    ),
    "rate_limited": (
        _("Too many sign-ups"),
        _("Too many sign-ups have come from your network in the last hour. Please try again later."),
    ),
    "unavailable": (
        _("Sign-up is not available"),
        _("Sign-ups on this site are not available at the moment. Please try again later."),
    ),
    "not_taken": (
        _("No sign-ups for this event"),
        _("This event does not take sign-ups on this site. Its page says how to take part."),
    ),
    "not_yet": (
        _("Sign-ups have not opened yet"),
        _("Sign-ups for this event open on {date}. Nothing was saved: please come back then."),
    ),
    "closed": (
        _("Sign-ups are closed"),
        _("Sign-ups for this event closed on {date}. Nothing was saved. Write to the organisers if you must come."),
    ),
    "invalid_link": (
        _("This link is not valid"),
        _("The link is incomplete or has been changed. Copy the whole link from the e-mail into your browser."),
    ),
    "expired_link": (
        _("This link has expired"),
        _("Confirmation links are valid for 7 days. Sign up again on the event's page and we will send a new one."),
    ),
    "unknown_registration": (
        _("No sign-up found"),
        _("We hold no sign-up for this link. It may have been cancelled before it was confirmed, or erased."),
    ),
    "started": (
        _("The event has begun"),
        _("The event has already begun, so the sign-up can no longer be confirmed or cancelled here."),
    ),
}

DONE_MESSAGES = {
    Registration.Status.CONFIRMED: _(
        "Thank you: your place is confirmed. The e-mail we sent adds it to your calendar."
    ),
    Registration.Status.WAITING: _(
        "All places are taken, so you are on the waiting list. If a place becomes free, it is yours: we will write."
    ),
    Registration.Status.CANCELLED: _("Your sign-up is cancelled."),
}


def message(request, name, status=200, **params):
    title, text = MESSAGES[name]
    return render(request, "message.html", {"title": title, "text": text.format(**params)}, status=status)


def closed_message(request, event, state):
    day = event.sign_up_opens if state == "not_yet" else places.last_sign_up_day(event)
    return message(request, state, status=400, date=date_format(day, "DATE_FORMAT"))


@csrf_exempt
@require_http_methods(["GET", "HEAD", "POST"])
def sign_up(request, page_id):
    """The form of an event page, posted; its answer is the same, in the same time, for a new and a known
    address. Opened as a link, the address leads to the event page."""
    page = EventPage.objects.live().public().filter(pk=page_id).first()
    event = page and places.source_event(page)
    if page is None or not places.takes_sign_ups(event):
        return message(request, "not_taken", status=404)
    if request.method != "POST":
        return redirect(page.url)
    state = places.sign_up_state(event)
    if state != "open":
        return closed_message(request, event, state)
    notice = DataProtectionNotice.for_language(DataProtectionNotice.Purpose.SIGN_UPS, get_language())
    if notice is None:
        return message(request, "unavailable", status=503)
    if not ratelimit.allow(request, "event-sign-ups", settings.REGISTRATION_SIGN_UPS_PER_IP_PER_HOUR):
        return message(request, "rate_limited", status=429)
    form = SignUpForm(event, page, request.POST)
    if form.is_bot():
        return redirect("registrations:thanks")
    if not form.is_valid():
        return sign_up_page(request, page, form, notice, status=400)
    version = ConsentVersion.shown(notice, form.cleaned_data["consent_version"])
    with in_even_time():
        places.sign_up(event, get_language(), version, form.registrant_fields())
    return redirect("registrations:thanks")


def sign_up_page(request, page, form, notice, status):
    """The form again, on a page of its own, with what was typed and what to correct."""
    context = {
        "page": page,
        "form": form,
        "notice": notice,
        "consent_digest": ConsentVersion.digest_of(notice),
    }
    return render(request, "registrations/sign_up.html", context, status=status)


def thanks(request):
    return message(request, "thanks")


@csrf_exempt
@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def confirm(request, token):
    """GET shows one button; its POST confirms. A link checker opening the link confirms nothing."""
    try:
        key = read_confirmation_token(token)
    except ExpiredLink:
        return message(request, "expired_link", status=400)
    except InvalidLink:
        return message(request, "invalid_link", status=400)
    registration = Registration.objects.select_related("event").filter(key=key).first()
    if registration is None or registration.erased_at:
        return message(request, "unknown_registration", status=404)
    if registration.status != Registration.Status.PENDING:
        return redirect_to_own_page(registration)
    if places.has_started(registration.event):
        return message(request, "started", status=400)
    if request.method != "POST":
        context = {"registration": registration, "event": event_in_language(registration)}
        return render(request, "registrations/confirm.html", context)
    registration = places.confirm(key)
    return redirect_to_own_page(registration, done=registration.status)


def redirect_to_own_page(registration, done=""):
    url = own_url(registration)
    return redirect(f"{url}?done={done}" if done else url)


@csrf_exempt
@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def registration(request, token):
    """The registrant's own page, from every e-mail: the sign-up as it stands, and a button to cancel it."""
    try:
        key = read_own_token(token)
    except InvalidLink:
        return message(request, "invalid_link", status=400)
    registration = Registration.objects.select_related("event", "consent_version").filter(key=key).first()
    if registration is None or registration.erased_at:
        return message(request, "unknown_registration", status=404)
    started = places.has_started(registration.event)
    if request.method == "POST" and registration.status != Registration.Status.CANCELLED:
        if started:
            return message(request, "started", status=400)
        places.cancel(key)
        return redirect_to_own_page(registration, done=Registration.Status.CANCELLED)
    context = {
        "registration": registration,
        "event": event_in_language(registration),
        "position": registration.status == Registration.Status.WAITING and registration.waiting_position(),
        "can_cancel": not started and registration.status != Registration.Status.CANCELLED,
        "done": DONE_MESSAGES.get(request.GET.get("done", "")),
        "retention_days": RETENTION_DAYS,
    }
    return render(request, "registrations/registration.html", context)
