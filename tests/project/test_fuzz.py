"""Property: whatever a stranger puts in a public URL's parameters or path, the answer is a page,
a redirect, a 400 or a 404 — never a server error, never a traceback (Hypothesis draws the input)."""

import functools
from urllib.parse import quote, quote_from_bytes

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from django.test import Client

from tests.project.test_hostile_input import HOSTILE_VALUES, PARAMETERS, public_urls

pytestmark = pytest.mark.django_db

ANSWERS = {200, 301, 302, 304, 400, 404}
EXAMPLES = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Text without lone surrogates, which no URL can carry; raw bytes go in percent-encoded.
text = st.text(st.characters(exclude_categories=["Cs"]), max_size=200)
numbers = st.integers(min_value=-(10**30), max_value=10**30).map(str)
dates = st.builds(lambda y, m, d: f"{y}-{m:02}-{d:02}", st.integers(-1, 99999), st.integers(0, 99), st.integers(0, 99))
values = st.one_of(
    text.map(quote), numbers, dates, st.sampled_from(HOSTILE_VALUES).map(quote), st.binary().map(quote_from_bytes)
)
segments = st.one_of(
    st.sampled_from(
        ["%00", "%ff", "..", "%2e%2e", "x" * 4096, "xx", "pl-PL", "nb-NO", "en-GB", "feed", "ics", "%c0%ae"]
    ),
    text.filter(lambda segment: segment not in ("", ".", "..")).map(lambda segment: quote(segment, safe="")),
)


@functools.cache
def urls():
    return public_urls()


def assert_answered(response):
    assert response.status_code in ANSWERS
    assert b"Traceback" not in response.content


@EXAMPLES
@given(data=st.data(), pairs=st.lists(st.tuples(st.sampled_from(PARAMETERS), values), min_size=1, max_size=4))
def test_any_parameters_on_any_public_url(data, pairs):
    url = data.draw(st.sampled_from(urls()))
    query = "&".join(f"{name}={value}" for name, value in pairs)
    assert_answered(Client(raise_request_exception=False).get(f"{url}?{query}"))


@EXAMPLES
@given(data=st.data(), tail=st.lists(segments, min_size=1, max_size=3), trailing_slash=st.booleans())
def test_any_path_below_a_public_url_or_a_language(data, tail, trailing_slash):
    base = data.draw(st.sampled_from([*urls(), "/", "/pl/", "/nb/", "/en/", "/xx/"]))
    path = base.rstrip("/") + "/" + "/".join(tail) + ("/" if trailing_slash else "")
    assert_answered(Client(raise_request_exception=False).get(path))
