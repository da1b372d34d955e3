"""The events calendar: month grid, day lists, iCalendar files, odd input."""

import datetime
import re

import icalendar
import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from django.utils.formats import date_format

from events.models import EventIndexPage, EventPage
from home.models import HomePage
from programmes.models import ProgrammePage
from tests.factories import EventPageFactory

pytestmark = pytest.mark.django_db

OCTOBER_2022 = {"month": "2022-10"}


def calendar_page(language_code="pl"):
    return EventIndexPage.objects.get(locale__language_code=language_code)


def marked_days(html):
    """Days of the month itself whose cell links to the events of the day."""
    return {int(day) for day in re.findall(r'<td class=" has-events">\s*<a [^>]*><span aria-hidden="true">(\d+)', html)}


def test_october_2022_marks_exactly_the_seed_calendar_days(client):
    html = client.get(calendar_page().url, OCTOBER_2022).content.decode()
    assert marked_days(html) == {20, 21, 22, 23, 24, 25, 27, 28}
    assert "<table" in html and '<th scope="col"><abbr title="Poniedziałek">Pon</abbr></th>' in html


@pytest.mark.parametrize(
    ("language_code", "caption", "monday"),
    [("pl", "Październik 2022", "Poniedziałek"), ("en", "October 2022", "Monday"), ("nb", "Oktober 2022", "mandag")],
)
def test_month_and_weekday_names_follow_the_language(client, language_code, caption, monday):
    html = client.get(calendar_page(language_code).url, OCTOBER_2022).content.decode()
    assert f"<caption>{caption}</caption>" in html
    assert re.search(r'<th scope="col"><abbr title="([^"]+)">', html)[1] == monday  # weeks start on Monday


@pytest.mark.parametrize("day", [21, 22, 23])
def test_a_three_day_event_is_on_each_of_its_days(client, day):
    html = client.get(calendar_page().url, {"day": f"2022-10-{day}"}).content.decode()
    assert "Wizyta studyjna partnerów z Sunnfjord" in html.split('id="day-heading"')[1].split("</section>")[0]


def test_day_list_keeps_to_its_day(client):
    html = client.get(calendar_page().url, {"day": "2022-10-24"}).content.decode()
    day_list = html.split('id="day-heading"')[1].split("</section>")[0]
    assert "Warsztaty sieci EMPIRIE – Miasto obywateli" in day_list
    assert "Wizyta studyjna partnerów z Sunnfjord" not in day_list


def test_month_links_lead_to_the_neighbouring_months_and_keep_filters(client):
    html = client.get(calendar_page().url, {"month": "2022-10", "city": "Tarnów"}).content.decode()
    for month in ("2022-09", "2022-11"):
        link = re.search(rf'href="(\?[^"]*month={month}[^"]*)" rel="(prev|next)"', html)[1]
        assert "city=Tarn%C3%B3w" in link and "day=" not in link
    assert marked_days(html) == {24, 25}  # only the Tarnów workshop


def test_today_is_marked(client):
    html = client.get(calendar_page().url).content.decode()
    assert html.count('aria-current="date"') == 1


@pytest.mark.parametrize(
    ("parameters", "status"),
    [
        ({"month": "2022-13"}, 404),
        ({"month": "abc"}, 404),
        ({"month": "99999-01"}, 404),
        ({"month": "-1"}, 404),
        ({"month": "0000-01"}, 404),
        ({"day": "2022-02-30"}, 404),
        ({"day": "yesterday"}, 404),
        ({"programme": "999999"}, 200),
        ({"city": "Atlantyda"}, 200),
        ({"month": "2999-12"}, 200),
        ({"month": "1900-01"}, 200),
    ],
    ids=str,
)
def test_odd_calendar_input_gives_a_page_or_a_404(client, parameters, status):
    assert client.get(calendar_page().url, parameters).status_code == status


def test_month_grid_query_count_does_not_grow_with_its_events(client, polish):
    def queries():
        client.get(calendar_page().url, OCTOBER_2022)
        with CaptureQueriesContext(connection) as context:
            client.get(calendar_page().url, OCTOBER_2022)
        return len(context.captured_queries)

    before = queries()
    for day in range(1, 31):
        EventPageFactory(parent=calendar_page(), start_date=datetime.date(2022, 10, day), locale=polish)
    assert queries() == before


def test_the_upcoming_list_shows_the_soonest_events_and_says_where_the_rest_are(client, polish):
    shown = EventIndexPage.upcoming_shown
    start = datetime.date.today() + datetime.timedelta(days=400)
    for number in range(shown + 1):
        EventPageFactory(
            parent=calendar_page(), title=f"Przyszłe {number:02d}", start_date=start + datetime.timedelta(days=number),
            locale=polish,
        )  # fmt: skip
    earlier = EventPage.objects.listed_in(polish).upcoming().count() - (shown + 1)  # the demo's, sooner than these
    mine = shown - earlier
    html = client.get(calendar_page().url).content.decode()
    upcoming = html[html.index('id="upcoming-heading"') : html.index('id="past-heading"')]
    assert f"Przyszłe {mine - 1:02d}" in upcoming
    assert f"Przyszłe {mine:02d}" not in upcoming
    assert upcoming.count('<article class="card card--event">') == shown
    assert "Późniejsze wydarzenia" in upcoming


def parse_ics(response):
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return icalendar.Calendar.from_ical(response.content)


def test_event_ics_of_an_all_day_event_uses_dates(client):
    event = EventPage.objects.get(slug="wizyta-partnerow-z-sunnfjord", locale__language_code="pl")
    response = client.get(f"{event.url}ics/")
    assert response["Content-Disposition"] == 'attachment; filename="wizyta-partnerow-z-sunnfjord.ics"'
    (component,) = parse_ics(response).walk("VEVENT")
    assert component.decoded("dtstart") == datetime.date(2022, 10, 21)
    assert component.decoded("dtend") == datetime.date(2022, 10, 24)  # exclusive end: the 23rd is the last day
    assert str(component["summary"]) == event.title
    assert component["url"] == f"http://testserver{event.url}"


def test_times_are_right_across_the_change_from_summer_time(client):
    index = calendar_page()
    saturday = EventPageFactory(
        parent=index, start_date=datetime.date(2022, 10, 29), start_time=datetime.time(10), end_time=datetime.time(12)
    )
    sunday = EventPageFactory(
        parent=index, start_date=datetime.date(2022, 10, 30), start_time=datetime.time(10), end_time=datetime.time(12)
    )
    feed = parse_ics(client.get(f"{index.url}ics/"))
    starts = {str(component["summary"]): component.decoded("dtstart") for component in feed.walk("VEVENT")}
    assert starts[saturday.title].utcoffset() == datetime.timedelta(hours=2)  # CEST
    assert starts[sunday.title].utcoffset() == datetime.timedelta(hours=1)  # CET, after 03:00 that night
    assert starts[sunday.title].astimezone(datetime.UTC).hour == 9
    (timezone,) = feed.walk("VTIMEZONE")
    assert timezone["tzid"] == "Europe/Warsaw"
    assert all("dtstamp" in component for component in feed.walk("VEVENT"))


def test_uids_are_stable_and_shared_by_the_translations_of_an_event(client):
    def uids(language_code):
        feed = parse_ics(client.get(f"{calendar_page(language_code).url}ics/"))
        return sorted(str(component["uid"]) for component in feed.walk("VEVENT"))

    assert uids("pl") == uids("pl") == uids("nb")
    assert len(uids("pl")) == EventPage.objects.filter(locale__language_code="pl").count()


def test_feed_summaries_are_in_the_feed_language(client, translate_page):
    from wagtail.models import Locale

    source = EventPage.objects.get(slug="konferencja-cwd-plus-pazdziernik-2022", locale__language_code="pl")
    translate_page(source, Locale.objects.get(language_code="nb"), {source.title: "Konferanse i CWD Plus"})
    feed = parse_ics(client.get(f"{calendar_page('nb').url}ics/"))
    summaries = {
        str(component["summary"]): component["summary"].params["LANGUAGE"] for component in feed.walk("VEVENT")
    }
    assert summaries["Konferanse i CWD Plus"] == "nb"
    assert summaries["Seminarium Forum Rozwoju Lokalnego"] == "pl"  # untranslated, and says so


def test_programme_calendar_feed_holds_its_events_only(client):
    programme = ProgrammePage.objects.get(slug="empirie", locale__language_code="pl")
    feed = parse_ics(client.get(f"{programme.url}events/ics/"))
    assert [str(component["summary"]) for component in feed.walk("VEVENT")] == [
        "Warsztaty sieci EMPIRIE – Miasto obywateli"
    ]


def month_caption(day):
    with translation.override("pl"):
        return date_format(day, "F Y").capitalize()


def widget_page(page):
    if page == "home":
        return HomePage.objects.get(locale__language_code="pl")
    return ProgrammePage.objects.get(slug="empirie", locale__language_code="pl")


def widget(html):
    return html[html.index('class="calendar-widget"') : html.index("</section>", html.index('class="calendar-widget"'))]


@pytest.fixture
def without_open_trainings(db):
    """The demo's SMUP trainings, the only events to come, deleted (in every language) for this test."""
    for event in EventPage.objects.filter(sign_up_places__isnull=False, locale__language_code="pl"):
        for version in event.get_translations(inclusive=True):
            version.delete()


@pytest.mark.parametrize("page", ["home", "programme"])
def test_with_no_event_coming_the_widget_shows_the_latest_ones_and_their_month(client, page, without_open_trainings):
    """The seed's events are all in October 2022: the widget is not an empty month of today."""
    html = widget(client.get(widget_page(page).url).content.decode())
    assert "<caption>Październik 2022</caption>" in html
    assert "Ostatnie wydarzenia" in html
    assert marked_days(html)
    assert "Warsztaty sieci EMPIRIE – Miasto obywateli" in html


@pytest.mark.parametrize("page", ["home", "programme"])
def test_the_widget_shows_the_next_events_and_the_month_of_the_first(client, page, polish, without_open_trainings):
    coming = datetime.date.today() + datetime.timedelta(days=70)
    parent = calendar_page() if page == "home" else widget_page(page)
    event = EventPageFactory(parent=parent, start_date=coming, title="Szkolenie za dziesięć tygodni", locale=polish)
    event.save_revision().publish()
    html = widget(client.get(widget_page(page).url).content.decode())
    assert f"<caption>{month_caption(coming)}</caption>" in html
    assert "Najbliższe wydarzenia" in html and "Szkolenie za dziesięć tygodni" in html
    assert coming.day in marked_days(html)


def test_an_event_going_on_keeps_the_widget_on_this_month(client, polish):
    today = datetime.date.today()
    EventPageFactory(
        parent=calendar_page(), start_date=today - datetime.timedelta(days=40), end_date=today, locale=polish
    ).save_revision().publish()
    html = widget(client.get(widget_page("home").url).content.decode())
    assert f"<caption>{month_caption(today)}</caption>" in html
    assert f"month={(today.replace(day=1) + datetime.timedelta(days=31)).strftime('%Y-%m')}" in html


@pytest.mark.parametrize(
    ("language_code", "titles"),
    [
        ("nb", ["Studiebesøk fra samarbeidspartnerne i Sunnfjord", "SMUP-kurs: slik måler dere kvaliteten"]),
        ("en", ["Study visit of the partners from Sunnfjord", "SMUP training: how to measure the quality"]),
    ],
)
def test_the_partners_visit_and_the_smup_training_are_translated(client, language_code, titles):
    html = client.get(calendar_page(language_code).url, OCTOBER_2022).content.decode()
    for title in titles:
        assert re.search(rf'<a href="/{language_code}/[^"]+">{re.escape(title)}', html), title
