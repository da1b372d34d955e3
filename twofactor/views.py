"""The second step after the password (a code), and enrolment of an authenticator app with backup codes."""

from base64 import b32encode

import segno
from django_otp import devices_for_user, user_has_device
from django_otp import login as otp_login
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from django.db import transaction
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext_lazy as _

from core import ratelimit

from .forms import CodeForm

# Codes one account may try in CODE_WINDOW_SECONDS, whatever the address, on top of django-otp's
# growing delay after each wrong code: as the admin password, five or so wrong tries then a pause.
CODE_ATTEMPTS = 10
CODE_WINDOW_SECONDS = 15 * 60
BACKUP_CODES = 10
APP_DEVICE_NAME = "authenticator app"
WRONG_CODE = _("This code is not right, or it has been used. Wait for the next one and try again.")


def next_url(request):
    wanted = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(wanted, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        return wanted
    return reverse("wagtailadmin_home")


def verify(request):
    """The code from any of the user's devices (the app, or a backup code) completes the sign-in."""
    if not user_has_device(request.user):
        return redirect(reverse("twofactor_enrol") + "?" + request.GET.urlencode())
    form = CodeForm(request.POST or None)
    context = {"form": form, "next": next_url(request)}
    if request.method == "POST":
        if ratelimit.attempts(f"second-factor:{request.user.pk}", CODE_WINDOW_SECONDS) > CODE_ATTEMPTS:
            return TemplateResponse(request, "twofactor/too_many_codes.html", context, status=429)
        if form.is_valid() and (device := device_accepting(request.user, form.cleaned_data["code"])):
            otp_login(request, device)
            return redirect(context["next"])
        form.add_error("code", WRONG_CODE)
    return TemplateResponse(request, "twofactor/verify.html", context, status=400 if form.errors else 200)


def device_accepting(user, code):
    """The user's confirmed device that accepts code, if any (each counts its own failures: django-otp's delay)."""
    with transaction.atomic():
        for device in devices_for_user(user, for_verify=True):
            if device.verify_token(code):
                return device
    return None


def enrol(request):
    """The app's secret as a QR code (made here) and as text; its first code confirms it and shows the backup codes."""
    if user_has_device(request.user) and not request.user.is_verified():
        # Only the holder of the current device may add another.
        return redirect(reverse("twofactor_verify") + "?" + request.GET.urlencode())
    device = TOTPDevice.objects.filter(user=request.user, confirmed=False).first()
    if device is None:
        device = TOTPDevice.objects.create(user=request.user, name=APP_DEVICE_NAME, confirmed=False)
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if device.verify_token(form.cleaned_data["code"]):
            codes = confirm(device)
            otp_login(request, device)
            return TemplateResponse(request, "twofactor/backup_codes.html", {"codes": codes, "next": next_url(request)})
        form.add_error("code", WRONG_CODE)
    context = {
        "form": form,
        "next": next_url(request),
        "qr_code": segno.make(device.config_url, error="m").svg_inline(scale=5, title=APP_DEVICE_NAME),
        "secret": " ".join(b32encode(device.bin_key).decode()[i : i + 4] for i in range(0, 32, 4)),
    }
    return TemplateResponse(request, "twofactor/enrol.html", context, status=400 if form.errors else 200)


@transaction.atomic
def confirm(device):
    """The device becomes the user's app (replacing any earlier one), with fresh backup codes: returns them."""
    TOTPDevice.objects.filter(user=device.user).exclude(pk=device.pk).delete()
    device.confirmed = True
    device.save(update_fields=["confirmed"])
    backup, _created = StaticDevice.objects.get_or_create(user=device.user, defaults={"name": "backup codes"})
    backup.token_set.all().delete()
    codes = [StaticToken.random_token() for _ in range(BACKUP_CODES)]
    StaticToken.objects.bulk_create(StaticToken(device=backup, token=code) for code in codes)
    return codes
