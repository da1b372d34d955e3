"""Headers, error pages in the visitor's language, sign-in limits, password reset, rich text."""

import json
import re

import pytest

from django.contrib.auth.models import User
from django.core import mail
from django.core.cache import cache
from django.core.handlers.wsgi import WSGIHandler
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from django.test import Client, RequestFactory
from django.urls import reverse
from django.utils import translation

from wagtail.admin.rich_text import DraftailRichTextArea
from wagtail.blocks import RichTextBlock
from wagtail.fields import RichTextField, StreamField
from wagtail.models import PageViewRestriction, get_page_models
from wagtail.snippets.models import get_snippet_models
from wagtail_localize.strings import StringValue

from core import ratelimit
from core.client_ip import client_ip
from home.models import StandardPage
from tests.content.test_pages import PAGE_TYPES, page_in

pytestmark = pytest.mark.django_db


def policy_of(response):
    return dict(part.strip().split(" ", 1) for part in response["Content-Security-Policy"].split(";"))


def test_public_pages_forbid_inline_script_and_foreign_sources(client):
    first, cached = client.get("/pl/"), client.get("/pl/")
    assert cached["X-Page-Cache"] == "hit"
    for response in (first, cached):
        policy = policy_of(response)
        assert policy["default-src"] == "'self'"
        assert "unsafe-inline" not in response["Content-Security-Policy"]
        assert policy["object-src"] == "'none'"
        assert policy["frame-ancestors"] == "'self'"
    assert first["X-Content-Type-Options"] == "nosniff"
    assert first["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert first["X-Frame-Options"] == "SAMEORIGIN"


def test_public_pages_carry_no_inline_script_style_or_handler(client):
    for model in PAGE_TYPES:
        html = client.get(page_in(model, "nb").url).content.decode()
        assert re.search(r"<script(?! src=)|<style| style=| on[a-z]+=", html) is None, model


def test_the_admin_keeps_its_inline_scripts(admin_client):
    assert "Content-Security-Policy" not in admin_client.get("/admin/")


def test_a_bogus_host_gets_400_in_the_visitors_language():
    response = Client(raise_request_exception=False).get("/nb/", HTTP_HOST="evil.example.com")
    assert response.status_code == 400
    assert '<html lang="nb">' in response.content.decode()
    assert "Vi forstod ikke denne adressen" in response.content.decode()


def test_not_found_in_the_language_of_the_address(client):
    for prefix, words in [("pl", "Nie znaleziono strony"), ("nb", "Fant ikke siden"), ("en", "Page not found")]:
        response = client.get(f"/{prefix}/no-such-page/")
        assert response.status_code == 404
        assert words in response.content.decode()


def test_server_error_page_in_the_visitors_language_without_a_traceback(monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("secret detail of the failure")

    monkeypatch.setattr(StandardPage, "get_context", broken)
    client = Client(raise_request_exception=False)
    response = client.get(page_in(StandardPage, "nb").url)
    assert response.status_code == 500
    html = response.content.decode()
    assert '<html lang="nb">' in html and "Serverfeil" in html
    assert "secret detail" not in html and "Traceback" not in html
    polish = client.get(page_in(StandardPage, "pl").url)
    assert "Błąd serwera" in polish.content.decode()


def test_an_expired_form_explains_itself_in_the_visitors_language():
    client = Client(enforce_csrf_checks=True, HTTP_ACCEPT_LANGUAGE="nb")
    response = client.post("/admin/login/", {"username": "x", "password": "y"})
    assert response.status_code == 403
    assert "Skjemaet er utløpt" in response.content.decode()


def sign_in(client, username, password, address="203.0.113.5"):
    return client.post("/admin/login/", {"username": username, "password": password}, REMOTE_ADDR=address)


@pytest.fixture
def editor(db):
    return User.objects.create_user("redaktor", "redaktor@example.org", "a-good-long-passphrase", is_superuser=True)


def test_five_failed_sign_ins_lock_the_account_even_with_the_right_password(editor):
    client = Client(HTTP_ACCEPT_LANGUAGE="pl")
    for attempt in range(5):
        sign_in(client, "redaktor", f"wrong-{attempt}", address=f"198.51.100.{attempt}")
    response = sign_in(client, "redaktor", "a-good-long-passphrase", address="192.0.2.99")
    assert response.status_code == 429
    assert "Zbyt wiele nieudanych logowań" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_failed_sign_ins_of_others_behind_the_same_address_lock_nobody_else(editor):
    client = Client()
    for attempt in range(5):
        sign_in(client, f"colleague-{attempt % 2}", f"wrong-{attempt}")
    assert sign_in(client, "redaktor", "a-good-long-passphrase").status_code == 302


def test_a_success_before_the_limit_resets_the_count(editor):
    client = Client()
    for attempt in range(4):
        sign_in(client, "redaktor", f"wrong-{attempt}")
    assert sign_in(client, "redaktor", "a-good-long-passphrase").status_code == 302
    client.logout()
    for attempt in range(4):
        sign_in(client, "redaktor", f"wrong-again-{attempt}")
    assert sign_in(client, "redaktor", "a-good-long-passphrase").status_code == 302


CSRF_TOKEN = re.compile(r'"CSRF_TOKEN": "\w+"|name="csrfmiddlewaretoken" value="\w+"')


def test_password_reset_answers_the_same_for_known_and_unknown_addresses(editor):
    answers = []
    for address in ["redaktor@example.org", "stranger@example.org"]:
        response = Client().post("/admin/password_reset/", {"email": address}, follow=True)
        page = CSRF_TOKEN.sub("", response.content.decode())  # a fresh token on every page
        answers.append((response.status_code, response.redirect_chain, page))
    assert answers[0] == answers[1]
    assert [message.to for message in mail.outbox] == [["redaktor@example.org"]]


def test_weak_passwords_are_refused(admin_client):
    response = admin_client.post(
        "/admin/users/new/",
        {
            "username": "nowy",
            "email": "nowy@example.org",
            "first_name": "N",
            "last_name": "N",
            "password1": "miasta123",
            "password2": "miasta123",
        },
    )
    assert response.status_code == 200
    assert not User.objects.filter(username="nowy").exists()


def rich_text_fields_and_blocks():
    for model in get_page_models() + get_snippet_models():
        for field in model._meta.get_fields():
            if isinstance(field, RichTextField):
                yield f"{model.__name__}.{field.name}", field.features
            if isinstance(field, StreamField):
                yield from rich_text_blocks(field.stream_block, f"{model.__name__}.{field.name}")


def rich_text_blocks(block, path):
    for name, child in getattr(block, "child_blocks", {}).items():
        if isinstance(child, RichTextBlock):
            yield f"{path}.{name}", child.features
        else:
            yield from rich_text_blocks(child, f"{path}.{name}")


def test_every_rich_text_declares_its_features():
    found = dict(rich_text_fields_and_blocks())
    assert "StandardPage.body.paragraph" in found
    assert "AccessibilityStatementPage.procedure" in found
    assert {path: features for path, features in found.items() if not features} == {}


def draftail(text, url):
    """What the page editor posts: Draftail's content state, here with a hostile link and markup as text."""
    return json.dumps(
        {
            "blocks": [
                {
                    "key": "a1b2c",
                    "type": "unstyled",
                    "text": text,
                    "depth": 0,
                    "inlineStyleRanges": [],
                    "entityRanges": [{"offset": 0, "length": 5, "key": 0}],
                }
            ],
            "entityMap": {"0": {"type": "LINK", "mutability": "MUTABLE", "data": {"url": url}}},
        }
    )


def test_no_script_survives_saving_through_the_editor():
    widget = DraftailRichTextArea(features=["link", "bold"])
    hostile = '<script>alert(1)</script><img src=x onerror="alert(2)">'
    html = widget.value_from_datadict({"body": draftail("Click" + hostile, "javascript:alert(3)")}, {}, "body")
    assert "<script" not in html and "<img" not in html
    assert "javascript:" not in html
    assert "&lt;script&gt;" in html  # the markup is kept as visible text


@pytest.mark.parametrize("translated", ['<b onclick="alert(1)">Hei</b>', "<script>alert(1)</script>"])
def test_no_script_survives_a_translation(translated):
    with pytest.raises(ValueError):
        StringValue.from_translated_html(translated)


def test_a_bogus_host_gets_400_even_for_a_cached_page(client):
    assert client.get("/nb/").status_code == 200
    assert client.get("/nb/")["X-Page-Cache"] == "hit"
    assert Client(raise_request_exception=False).get("/nb/", HTTP_HOST="evil.example.com").status_code == 400


@pytest.mark.parametrize(
    "path",
    [
        "/pl/",
        "/nb/programmer/smup/",
        "/pl/kalendarz/ics/",
        "/sitemap.xml",
        "/robots.txt",
        "/en/news/feed/",
        "/pl/aktualnosci/feed/",
        "/pl/programy/smup/feed/",
    ],
)
def test_absolute_links_come_from_the_site_not_from_the_host_header(client, path):
    """Any port passes ALLOWED_HOSTS: a Host header with one must not reach the links that are cached for everyone."""
    poisoned = client.get(path, HTTP_HOST="localhost:1337").content.decode()
    assert "1337" not in poisoned and "http://testserver/" in poisoned
    assert "1337" not in client.get(path).content.decode()


def test_the_proxys_header_is_believed_only_from_the_proxy(rf, settings):
    settings.CLIENT_IP_HEADER, settings.TRUSTED_PROXIES = "HTTP_X_REAL_IP", ["10.0.0.2"]
    through_proxy = rf.get("/", REMOTE_ADDR="10.0.0.2", HTTP_X_REAL_IP="203.0.113.7")
    direct = rf.get("/", REMOTE_ADDR="198.51.100.4", HTTP_X_REAL_IP="203.0.113.7")
    assert client_ip(through_proxy) == "203.0.113.7"
    assert client_ip(direct) == "198.51.100.4"


def test_the_visitor_is_the_address_the_first_trusted_proxy_appended(rf, settings):
    """nginx appends the visitor's address, Varnish nginx's: two hops. What the visitor wrote itself, left of
    them, is never believed."""
    settings.CLIENT_IP_HEADER, settings.TRUSTED_PROXY_HOPS = "HTTP_X_FORWARDED_FOR", 2
    forged = "6.6.6.6, 203.0.113.7, 127.0.0.1"
    assert client_ip(rf.get("/", REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR=forged)) == "203.0.113.7"
    assert client_ip(rf.get("/", REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR="203.0.113.7")) == "203.0.113.7"
    settings.TRUSTED_PROXY_HOPS = 1
    assert client_ip(rf.get("/", REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR=forged)) == "127.0.0.1"


def test_limits_outlive_an_emptied_cache_and_count_an_ipv6_network_once(rf):
    """A flood of pages can evict every key of Redis (allkeys-lru): the counts are not kept there. One
    household or office has a whole /64 of IPv6 addresses to change between."""
    first, neighbour = rf.post("/", REMOTE_ADDR="2001:db8:1:2::1"), rf.post("/", REMOTE_ADDR="2001:db8:1:2:ffff::9")
    assert ratelimit.allow(first, "test", 2)
    cache.clear()
    assert ratelimit.allow(neighbour, "test", 2)
    assert not ratelimit.allow(first, "test", 2)
    assert ratelimit.allow(rf.post("/", REMOTE_ADDR="2001:db8:1:3::1"), "test", 2)  # the next /64
    assert ratelimit.counted_address("::ffff:203.0.113.9") == "203.0.113.9"


def test_page_passwords_cannot_be_guessed_without_limit(client, settings):
    settings.PAGE_PASSWORD_ATTEMPTS_PER_HOUR = 3
    page = page_in(StandardPage, "nb")
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="riktig-passord"
    )
    with translation.override("nb"):
        url = reverse("wagtailcore_authenticate_with_password", args=[restriction.pk, page.pk])
    for attempt in range(3):
        assert client.post(url, {"password": f"feil-{attempt}", "return_url": page.url}).status_code == 200
    refused = client.post(url, {"password": "riktig-passord", "return_url": page.url})
    assert refused.status_code == 429 and "For mange forsøk" in refused.content.decode()
    elsewhere = Client().post(url, {"password": "riktig-passord", "return_url": page.url}, REMOTE_ADDR="192.0.2.8")
    assert elsewhere.status_code == 302


def test_head_answers_carry_the_headers_and_no_body():
    """Django leaves dropping the body to the server, and gunicorn does not: the site does it itself. Through Django's
    WSGI handler, since the test client drops it on its own."""
    request = RequestFactory().generic("HEAD", "/pl/")
    answered = {}

    def start_response(status, headers):
        answered.update(status=status, headers=dict(headers))

    # As the test client does: the test's own database connection must survive the request.
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    try:
        body = b"".join(WSGIHandler()(request.environ, start_response))
    finally:
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)
    assert answered["status"] == "200 OK" and body == b""
    assert int(answered["headers"]["Content-Length"]) > 1000  # the length of the page a GET gets


def test_an_admin_post_without_its_stream_count_is_a_bad_request(admin_client):
    page = page_in(StandardPage, "pl")
    response = admin_client.post(f"/admin/pages/{page.pk}/edit/", {"title": "Bez treści", "slug": page.slug})
    assert response.status_code == 400
