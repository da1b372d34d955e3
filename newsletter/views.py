"""Sign-up from every page's footer, and the subscriber's signed links from the e-mails.

No view here uses Django's CSRF cookie. The sign-up form sits on pages a cache serves
to everyone, so it cannot carry a per-visitor token; a forged sign-up only sends a
confirmation e-mail, which the owner of the address ignores. The other views are
reached through a signed token in the URL, which a cross-site attacker cannot know,
and mail programs post the one-click unsubscribe without any cookie (RFC 8058).
"""

from functools import wraps

from django.http import JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from core.even_time import in_even_time
from core.signed_links import ExpiredLink, InvalidLink

from . import subscriptions
from .consent import notice_for
from .forms import AddressForm, EraseForm, SignUpForm
from .models import ConsentRecord, ConsentVersion, Subscriber
from .ratelimit import allow_sign_up
from .tokens import manage_token, read_confirmation_token, read_manage_token

MESSAGES = {
    "thanks": (
        _("Check your inbox"),
        _(
            "We have sent you an e-mail. Click the link in it within 7 days to confirm your subscription. "
            "If it does not arrive, look in your spam folder."
        ),
    ),
    "rate_limited": (
        _("Too many sign-ups"),
        _("Too many sign-ups have come from your network in the last hour. Please try again later."),
    ),
    "unavailable": (
        _("Sign-up is not available"),
        _("The newsletter sign-up is not available at the moment. Please try again later."),
    ),
    "invalid_link": (
        _("This link is not valid"),
        _("The link is incomplete or has been changed. Copy the whole link from the e-mail into your browser."),
    ),
    "expired_link": (
        _("This link has expired"),
        _("Confirmation links are valid for 7 days. Sign up again in the form below and we will send a new one."),
    ),
    "used_link": (
        _("This link can no longer be used"),
        _("The link belongs to an earlier sign-up or to an address that has since changed."),
    ),
    "unknown_subscriber": (
        _("No subscription found"),
        _("We do not hold any subscription for this link. It may have been withdrawn or erased."),
    ),
    "unsubscribed": (
        _("You have unsubscribed"),
        _("You will not receive the newsletter any more. Your consent was withdrawn as of now."),
    ),
    "erased": (
        _("Your data has been erased"),
        _("We no longer hold your address or anything stored with it."),
    ),
}

DONE_MESSAGES = {
    "confirmed": _("Thank you: your subscription is confirmed."),
    "address": _("We have sent a confirmation link to the new address. Until it is clicked, we use the old one."),
    "paused": _("Sending is paused. You will receive nothing until you resume it."),
    "resumed": _("Sending is resumed."),
    "unsubscribed": _("You have unsubscribed. You can still download or erase your data here."),
}


def message(request, name, status=200, **context):
    title, text = MESSAGES[name]
    context = {"title": title, "text": text, "name": name, **context}
    return render(request, "message.html", context, status=status)


def signup_page(request, form, notice):
    context = {"form": form, "notice": notice, "consent_digest": ConsentVersion.digest_of(notice)}
    return render(request, "newsletter/subscribe.html", context)


@csrf_exempt
@require_http_methods(["GET", "HEAD", "POST"])
def subscribe(request):
    """GET: the form on a page of its own. POST (from any footer): sign up, with the same answer for every address."""
    notice = notice_for(get_language())
    if notice is None:
        return message(request, "unavailable", status=503)
    if request.method != "POST":
        return signup_page(request, SignUpForm(), notice)
    if not allow_sign_up(request):
        return message(request, "rate_limited", status=429)
    form = SignUpForm(request.POST)
    if form.is_bot():
        return redirect("newsletter:thanks")
    if not form.is_valid():
        return signup_page(request, form, notice)
    version = ConsentVersion.shown(notice, form.cleaned_data["consent_version"])
    with in_even_time():
        subscriptions.sign_up(form.cleaned_data["email"], get_language(), version)
    return redirect("newsletter:thanks")


def thanks(request):
    return message(request, "thanks")


@csrf_exempt
@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def confirm(request, token):
    """GET shows one button; its POST confirms. A link checker following the link consents to nothing."""
    try:
        key, email = read_confirmation_token(token)
    except ExpiredLink:
        return message(request, "expired_link", status=400)
    except InvalidLink:
        return message(request, "invalid_link", status=400)
    if request.method != "POST":
        return render(request, "newsletter/confirm.html", {"email": email})
    try:
        subscriber = subscriptions.confirm(key, email)
    except subscriptions.ConfirmationError:
        return message(request, "used_link", status=400)
    return redirect_to_manage(subscriber, "confirmed")


def with_subscriber(view):
    """The subscriber named by the signed token in the URL; a clear page when there is none."""

    @csrf_exempt
    @never_cache
    @require_http_methods(["GET", "HEAD", "POST"])
    @wraps(view)
    def view_with_subscriber(request, token):
        try:
            key = read_manage_token(token)
        except InvalidLink:
            return message(request, "invalid_link", status=400)
        subscriber = Subscriber.objects.select_related("consent_version").filter(key=key).first()
        if subscriber is None:
            return message(request, "unknown_subscriber", status=404)
        return view(request, subscriber, token)

    return view_with_subscriber


def redirect_to_manage(subscriber, done):
    return redirect(reverse("newsletter:manage", args=[manage_token(subscriber)]) + f"?done={done}")


@with_subscriber
def unsubscribe(request, subscriber, token):
    """The link in every e-mail: one button. Mail programs post here directly (List-Unsubscribe-Post)."""
    if request.method != "POST":
        return render(request, "newsletter/unsubscribe.html", {"subscriber": subscriber})
    one_click = request.POST.get("List-Unsubscribe") == "One-Click"
    method = ConsentRecord.Method.ONE_CLICK if one_click else ConsentRecord.Method.UNSUBSCRIBE_LINK
    subscriptions.unsubscribe(subscriber, method)
    if subscriber.pk is None:  # an unconfirmed sign-up is deleted outright
        return message(request, "erased")
    return redirect_to_manage(subscriber, "unsubscribed")


@with_subscriber
def manage(request, subscriber, token):
    """The subscriber's own page: what we hold, and every right from the notice as a button."""
    address_form, erase_form = AddressForm(), EraseForm()
    action = request.POST.get("action")
    if action == "address":
        # Each change sends a confirmation to an address of the poster's choosing: limited as sign-ups are.
        if not allow_sign_up(request):
            return message(request, "rate_limited", status=429)
        address_form = AddressForm(request.POST)
        if address_form.is_valid():
            subscriptions.request_address_change(subscriber, address_form.cleaned_data["email"])
            return redirect_to_manage(subscriber, "address")
    elif action in ("paused", "resumed"):
        subscriptions.set_paused(subscriber, action == "paused")
        return redirect_to_manage(subscriber, action)
    elif action == "unsubscribe":
        subscriptions.unsubscribe(subscriber, ConsentRecord.Method.SUBSCRIBER_PAGE)
        return message(request, "erased") if subscriber.pk is None else redirect_to_manage(subscriber, "unsubscribed")
    elif action == "erase":
        erase_form = EraseForm(request.POST)
        if erase_form.is_valid():
            subscriptions.erase(subscriber)
            return message(request, "erased")
    context = {
        "subscriber": subscriber,
        "token": token,
        "done": DONE_MESSAGES.get(request.GET.get("done", "")),
        "records": subscriber.consent_records.select_related("consent_version"),
        "deliveries": subscriber.deliveries.select_related("issue").order_by("-sent_at"),
        "address_form": address_form,
        "erase_form": erase_form,
    }
    return render(request, "newsletter/manage.html", context, status=400 if request.method == "POST" else 200)


@with_subscriber
def download_data(request, subscriber, token):
    data = subscriptions.exported_data(subscriber)
    response = JsonResponse(data, json_dumps_params={"ensure_ascii": False, "indent": 2})
    response["Content-Disposition"] = 'attachment; filename="newsletter-data.json"'
    return response
