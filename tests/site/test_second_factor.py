"""A second factor for the admin: superusers, Moderatorzy and Newsletter give a code after the password."""

import re
from datetime import timedelta

import pytest
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.oath import totp
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice

from django.contrib.auth.models import Group
from django.core.management import call_command
from django.test import Client
from django.urls import get_resolver, reverse
from django.utils import timezone

from wagtail.documents.models import Document
from wagtail.models import Collection, CollectionViewRestriction
from wagtail.users.models import UserProfile

from twofactor.middleware import OPEN_PATH_PREFIXES, OPEN_URL_NAMES

pytestmark = pytest.mark.django_db

PASSWORD = "a-good-long-passphrase"


def user(django_user_model, name, group=None, **fields):
    created = django_user_model.objects.create_user(name, f"{name}@example.org", PASSWORD, **fields)
    if group:
        created.groups.add(Group.objects.get(name=group))
    return created


def signed_in_with_password(person):
    client = Client()
    assert client.post(reverse("wagtailadmin_login"), {"username": person.username, "password": PASSWORD}).status_code
    assert "_auth_user_id" in client.session
    return client


def app_of(person):
    return TOTPDevice.objects.create(user=person, name="app", confirmed=True)


def code_of(device):
    return f"{totp(device.bin_key):06d}"


def wait_out_the_delay(device):
    """django-otp refuses every code for a while after a wrong one (a second, doubling): as if that time passed."""
    TOTPDevice.objects.filter(pk=device.pk).update(throttling_failure_timestamp=timezone.now() - timedelta(minutes=1))


def admin_paths():
    """Every admin URL pattern, its parameters filled with 1."""
    paths = set()

    def walk(patterns, prefix):
        for pattern in patterns:
            route = str(pattern.pattern).lstrip("^").rstrip("$").replace("\\", "")
            route = re.sub(r"<[^>]+>|\(\?P<\w+>[^)]*\)", "1", route)
            if hasattr(pattern, "url_patterns"):
                walk(pattern.url_patterns, prefix + route)
            else:
                paths.add(prefix + route)

    walk(get_resolver().url_patterns, "/")
    open_paths = {reverse(name) for name in OPEN_URL_NAMES}
    return sorted(
        path
        for path in paths
        if path.startswith("/admin/") and path not in open_paths and not path.startswith(OPEN_PATH_PREFIXES)
    )


@pytest.mark.parametrize(("group", "superuser"), [(None, True), ("Moderatorzy", False), ("Newsletter", False)])
def test_the_password_alone_opens_no_admin_view(django_user_model, group, superuser):
    person = user(django_user_model, "wymagany", group, is_superuser=superuser)
    app_of(person)
    client = signed_in_with_password(person)
    paths = admin_paths()
    # Pages, snippets, documents, images, users, reports, the newsletter, wagtail-localize …
    assert len(paths) > 200 and {"/admin/pages/1/edit/", "/admin/localize/update/1/", "/admin/users/"} <= set(paths)
    verify = reverse("twofactor_verify")
    for path in paths:
        response = client.get(path)
        assert response.status_code == 302 and response["Location"].startswith(verify), path
        assert client.post(path, {}).status_code == 403, path


def test_with_the_code_everything_works_as_before(django_user_model):
    person = user(django_user_model, "moderator", "Moderatorzy")
    device = app_of(person)
    client = signed_in_with_password(person)
    asked = client.get("/admin/pages/")
    assert asked["Location"] == reverse("twofactor_verify") + "?next=%2Fadmin%2Fpages%2F"
    wrong = client.post(reverse("twofactor_verify"), {"code": "000000", "next": "/admin/pages/"})
    assert wrong.status_code == 400 and client.get("/admin/").status_code == 302
    assert client.post(reverse("twofactor_verify"), {"code": code_of(device)}).status_code == 400  # too soon
    wait_out_the_delay(device)
    right = client.post(reverse("twofactor_verify"), {"code": code_of(device), "next": "/admin/pages/"})
    assert right["Location"] == "/admin/pages/"
    assert client.get("/admin/pages/").status_code == 200


def test_an_editor_without_the_requirement_signs_in_as_before(django_user_model):
    client = signed_in_with_password(user(django_user_model, "redaktorka", "Redaktorzy"))
    assert client.get("/admin/").status_code == 200


def test_one_who_must_and_has_no_device_enrols_and_gets_backup_codes_once(django_user_model):
    person = user(django_user_model, "nowy-admin", is_superuser=True)
    client = signed_in_with_password(person)
    assert client.get("/admin/").url.startswith(reverse("twofactor_enrol"))
    page = client.get(reverse("twofactor_enrol"))
    secret = re.search(r'<code id="twofactor-secret">([A-Z2-7 ]+)</code>', page.content.decode()).group(1)
    assert "<svg" in page.content.decode()  # the QR code, made here
    assert client.get(reverse("twofactor_enrol")).content.decode().count(secret) == 1  # a reload keeps the secret
    device = TOTPDevice.objects.get(user=person)
    assert secret.replace(" ", "") in device.config_url
    assert client.post(reverse("twofactor_enrol"), {"code": "123456"}).status_code == 400
    wait_out_the_delay(device)
    shown = client.post(reverse("twofactor_enrol"), {"code": code_of(device)}).content.decode()
    codes = re.findall(r"<li><code>(\w+)</code></li>", shown)
    assert len(codes) == 10
    assert client.get("/admin/").status_code == 200

    # A new sign-in: a backup code works, once.
    for expected in (302, 400):
        again = signed_in_with_password(person)
        response = again.post(reverse("twofactor_verify"), {"code": codes[0], "next": "/admin/"})
        assert response.status_code == expected
    assert StaticDevice.objects.get(user=person).token_set.count() == 9


def test_enrolment_is_no_way_round_an_existing_device(django_user_model):
    person = user(django_user_model, "ostrozny", "Newsletter")
    app_of(person)
    client = signed_in_with_password(person)
    assert client.get(reverse("twofactor_enrol"))["Location"].startswith(reverse("twofactor_verify"))
    assert TOTPDevice.objects.filter(user=person).count() == 1


def test_codes_are_throttled_per_account(django_user_model):
    person = user(django_user_model, "zgadywacz", "Moderatorzy")
    device = app_of(person)
    client = signed_in_with_password(person)
    for attempt in range(10):
        client.post(reverse("twofactor_verify"), {"code": f"{attempt:06d}"})
    from_elsewhere = signed_in_with_password(person)
    wait_out_the_delay(device)
    refused = from_elsewhere.post(reverse("twofactor_verify"), {"code": code_of(device)})
    assert refused.status_code == 429
    assert DEVICE_ID_SESSION_KEY not in from_elsewhere.session


def test_a_private_document_needs_the_second_step_too(django_user_model):
    private = Collection.get_first_root_node().add_child(name="Zarząd")
    CollectionViewRestriction.objects.create(collection=private, restriction_type=CollectionViewRestriction.LOGIN)
    document = Document.objects.first()
    document.collection = private
    document.save()
    person = user(django_user_model, "admin2", is_superuser=True)
    app_of(person)
    response = signed_in_with_password(person).get(document.url)
    assert response.status_code == 302 and "/login/" in response["Location"]  # as for a stranger


def test_the_step_speaks_the_users_language(django_user_model):
    person = user(django_user_model, "norsk", "Moderatorzy")
    app_of(person)
    UserProfile.objects.update_or_create(user=person, defaults={"preferred_language": "nb"})
    html = signed_in_with_password(person).get(reverse("twofactor_verify")).content.decode()
    assert "Totrinnsbekreftelse" in html and '<html lang="nb"' in html


def test_a_lost_phone_is_recovered_with_a_command(django_user_model):
    person = user(django_user_model, "zgubil", "Moderatorzy")
    app_of(person)
    call_command("reset_second_factor", "zgubil", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert not TOTPDevice.objects.filter(user=person).exists()
    assert signed_in_with_password(person).get("/admin/").url.startswith(reverse("twofactor_enrol"))
