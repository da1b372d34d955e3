"""The front as docs/front.md sets it up, nginx before Varnish before gunicorn: purges come only from the
application, every visitor is counted by its own address, tracking parameters make no variants, a
visitor's body is bounded, and without its database the site serves what is cached and says so for the rest."""

import http.client
import socket
import urllib.parse
from dataclasses import replace
from urllib.parse import urlsplit

from caching.generations import scope

from .conftest import free_port, start_server, stop
from .test_front import kept


def from_address(base_url, address, path, method="GET", body=None):
    """(status, headers) of a request to base_url sent from a loopback address of its own (127.0.0.2 …),
    as ten visitors from ten networks reach the door."""
    parts = urlsplit(base_url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10, source_address=(address, 0))
    headers = {"Content-Type": "application/x-www-form-urlencoded"} if body else {}
    try:
        connection.request(method, path, body=body, headers=headers)
        response = connection.getresponse()
        response.read()
        return response.status, response.headers
    finally:
        connection.close()


def newsletter_sign_up(door, address, email):
    body = urllib.parse.urlencode({"email": email, "consent": "on", "website": ""})
    return from_address(door.url, address, "/pl/newsletter/", "POST", body)[0]


def test_a_purge_through_the_door_or_at_the_fronts_public_socket_is_refused(door, front):
    """The keys derive from paths, so anyone could compute them: only the purge socket takes a purge."""
    kept(door, "/pl/programy/")
    everything = {"xkey-purge": scope("tree", "/")}
    assert door.get("/", method="PURGE", headers=everything)[0] == 403
    assert front.get("/", method="PURGE", headers=everything)[0] == 403  # from 127.0.0.1 too
    assert door.get("/pl/programy/")[1]["X-Cache"] == "hit"


def test_each_visitor_behind_the_door_is_counted_by_its_own_address(door):
    """Ten sign-ups an hour from one address (newsletter.ratelimit): eleven visitors of eleven networks each
    sign up once, and only the one who goes on is stopped."""
    for number in range(2, 13):
        assert newsletter_sign_up(door, f"127.0.0.{number}", f"gosc-{number}@example.org") == 302
    again = [newsletter_sign_up(door, "127.0.0.2", f"znowu-{number}@example.org") for number in range(10)]
    assert again == [302] * 9 + [429]
    assert newsletter_sign_up(door, "127.0.0.13", "nowy@example.org") == 302


def test_tracking_parameters_make_no_variants_in_the_front(door):
    kept(door, "/pl/aktualnosci/?utm_source=newsletter")
    for path in ("/pl/aktualnosci/?utm_source=zz1&utm_medium=email", "/pl/aktualnosci/?fbclid=abc", "/pl/aktualnosci/"):
        assert door.get(path)[1]["X-Cache"] == "hit", path
    kept(door, "/pl/aktualnosci/?page=2&utm_campaign=x")
    assert door.get("/pl/aktualnosci/?page=2")[1]["X-Cache"] == "hit"


def reaches_the_site(front, path, length, cookie=""):
    """Whether a POST of length bytes was passed on to gunicorn. A front that refuses the body closes the
    connection while it is still being sent, so the client may see no answer at all: the front's count
    of the requests it passed tells."""
    parts = urlsplit(front.url)
    head = (
        f"POST {path} HTTP/1.1\r\nHost: {parts.netloc}\r\nContent-Length: {length}\r\nConnection: close\r\n"
        + (f"Cookie: {cookie}\r\n" if cookie else "")
        + "\r\n"
    )
    before = front.backend_requests()
    with socket.create_connection((parts.hostname, parts.port), timeout=10) as connection:
        try:
            connection.sendall(head.encode() + b"x" * length)
            while connection.recv(65536):
                pass
        except OSError:  # refused and closed while the body was on its way
            pass
    return front.backend_requests() > before


def test_a_visitors_body_is_bounded_and_only_an_editor_uploads_a_large_one(front):
    assert reaches_the_site(front, "/pl/newsletter/", 1024)
    assert not reaches_the_site(front, "/pl/newsletter/", 100 * 1024)
    assert not reaches_the_site(front, "/admin/documents/add/", 100 * 1024)  # no session: no upload
    assert reaches_the_site(front, "/admin/documents/add/", 100 * 1024, cookie="sessionid=whatever")


def test_without_its_database_the_site_serves_what_is_cached_and_says_so_for_the_rest(front):
    """A second web process on the front's Redis, with its database at a port where nothing listens."""
    backend = replace(front, url=front.backend_url)
    for path in ("/pl/", "/nb/"):
        backend.get(path)
        assert backend.get(path)[1]["X-Page-Cache"] == "hit", path
    env = {**front.env, "DATABASE_URL": f"postgres://postgres@127.0.0.1:{free_port()}/nobody"}
    server, url = start_server(env, workers=1)
    without_database = replace(front, url=url)
    try:
        status, headers, _body = without_database.get("/nb/")
        assert (status, headers["X-Page-Cache"]) == (200, "hit")
        for path, words in [
            ("/nb/sok/?q=databasen", "Nettstedet får ikke kontakt med databasen sin"),
            ("/pl/szukaj/?q=bazadanych", "Serwis nie może w tej chwili połączyć się ze swoją bazą danych"),
        ]:
            status, headers, body = without_database.get(path)
            assert (status, headers["Retry-After"]) == (503, "30") and words in body, path
    finally:
        stop(server)
