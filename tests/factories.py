"""Page factories for tests that need pages beyond the demo content."""

import datetime

import factory
import wagtail_factories
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.plugins.otp_totp.models import TOTPDevice

from django.contrib.auth.models import Group

from events.models import EventPage
from news.models import NewsPage


class NewsPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda number: f"Wiadomość testowa {number}")
    slug = factory.Sequence(lambda number: f"wiadomosc-testowa-{number}")
    date = factory.Sequence(lambda number: datetime.date(2021, 1, 1) + datetime.timedelta(days=number % 365))
    lead = "Krótki opis wiadomości testowej."

    class Meta:
        model = NewsPage


class EventPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda number: f"Wydarzenie testowe {number}")
    slug = factory.Sequence(lambda number: f"wydarzenie-testowe-{number}")
    start_date = datetime.date(2022, 10, 20)

    class Meta:
        model = EventPage


def signed_in_with_second_factor(client, user):
    """client signed in as user through both steps, the password and an authenticator app's code, as
    superusers, Moderatorzy and Newsletter must be (twofactor)."""
    client.force_login(user)
    device = TOTPDevice.objects.create(user=user, name="test app", confirmed=True)
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.save()
    return client


def member_of(group_name, django_user_model, client):
    """A new user in the group, signed in on client through both steps."""
    user = django_user_model.objects.create_user(f"{group_name.lower()}-member", password="x")
    user.groups.add(Group.objects.get(name=group_name))
    signed_in_with_second_factor(client, user)
    return user
