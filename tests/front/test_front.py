"""Through the front (Varnish before gunicorn): what it keeps, what a change purges from it by key on
the very next request, one render after a purge, nothing personal kept, and slow clients held off."""

import socket
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace

import pytest

from caching.generations import scope

from .conftest import free_port, start_varnish, stop_varnish

NEWS = "miasto-cyfrowe-w-zabrzu"  # untranslated: shown in en and nb by aliases (as in test_page_cache)
URLS_OF_THE_NEWS = f"""
from news.models import NewsIndexPage, NewsPage
polish = NewsPage.objects.get(slug="{NEWS}", locale__language_code="pl")
for code in ("pl", "nb"):
    news = NewsPage.objects.get(translation_key=polish.translation_key, locale__language_code=code)
    network = news.get_parent().specific
    index = NewsIndexPage.objects.get(locale__language_code=code).url
    programme = network.get_parent()
    print(news.url, index, f"{{index}}?programme={{network.pk}}", index + "feed/", network.url, programme.url)
"""
RETITLE = f"""
from news.models import NewsPage
news = NewsPage.objects.get(slug="{NEWS}", locale__language_code="pl")
news.title = "Zabrze: nowe centrum danych"
news.save_revision().publish()
"""
UNPUBLISH = f"""
from news.models import NewsPage
NewsPage.objects.get(slug="{NEWS}", locale__language_code="pl").unpublish()
"""


def kept(front, path):
    """The path asked twice: the second answer must come from the front."""
    assert front.get(path)[0] == 200, path
    status, headers, _body = front.get(path)
    assert (status, headers["X-Cache"]) == (200, "hit"), path


def test_a_public_page_comes_from_the_front_the_second_time(front):
    before = front.backend_requests()
    first, second = front.get("/pl/aktualnosci/?page=2"), front.get("/pl/aktualnosci/?page=2")
    assert (first[1]["X-Cache"], second[1]["X-Cache"]) == ("miss", "hit")
    assert second[2] == first[2]
    assert front.backend_requests() == before + 1
    assert "Surrogate-Key" not in second[1] and "xkey" not in second[1]  # the keys are the front's business


def test_a_change_and_an_unpublishing_show_through_the_front_on_the_very_next_request(front):
    """Query strings, feeds, the network and programme, and the Norwegian alias and listings too."""
    polish_urls, norwegian_urls = (line.split() for line in front.shell(URLS_OF_THE_NEWS).splitlines())
    searches = ["/pl/szukaj/?q=zabrze", "/nb/sok/?q=zabrze"]  # found before the change and after
    urls = polish_urls + norwegian_urls + searches
    for url in urls:
        kept(front, url)
    front.shell(RETITLE)
    for url in urls:
        status, headers, body = front.get(url)
        assert status == 200 and "Zabrze: nowe centrum danych" in body, url
    front.shell(UNPUBLISH)
    assert front.get(polish_urls[0])[0] == 404 and front.get(norwegian_urls[0])[0] == 404
    for url in polish_urls[1:] + norwegian_urls[1:]:
        assert "Zabrze: nowe centrum danych" not in front.get(url)[2], url


def test_an_unrelated_page_stays_in_the_front(front):
    kept(front, "/pl/deklaracja-dostepnosci/")
    front.shell(RETITLE.replace("nowe centrum danych", "centrum danych otwarte"))
    assert front.get("/pl/deklaracja-dostepnosci/")[1]["X-Cache"] == "hit"


def test_requests_for_a_purged_page_wait_for_one_render(front):
    """Varnish's request coalescing: twenty visitors at once after a purge, one render."""
    kept(front, "/pl/")
    purge = replace(front, url=front.purge_url)
    status, _headers, body = purge.get("/", method="PURGE", headers={"xkey-purge": scope("tree", "/")})
    assert status == 200 and "Purged" in body
    before = front.backend_requests()
    with ThreadPoolExecutor(max_workers=20) as pool:
        answers = list(pool.map(lambda _n: front.get("/pl/"), range(20)))
    assert {status for status, _headers, _body in answers} == {200}
    assert len({body for _status, _headers, body in answers}) == 1
    assert front.backend_requests() == before + 1


PRIVATE_DOCUMENT = """
from wagtail.documents.models import Document
from wagtail.models import Collection, CollectionViewRestriction
internal = Collection.get_first_root_node().add_child(name="Wewnętrzne")
CollectionViewRestriction.objects.create(collection=internal, restriction_type="login")
document = Document.objects.first()
document.collection = internal
document.save()
print(document.url)
"""


def never_kept(front, path, **request):
    """Asked twice, answered by gunicorn twice."""
    before = front.backend_requests()
    answers = [front.get(path, **request) for _time in range(2)]
    assert front.backend_requests() == before + 2, path
    return answers


@pytest.mark.parametrize(
    ("path", "request_"),
    [
        ("/pl/", {"headers": {"Cookie": "sessionid=an-editors-session"}}),
        ("/pl/newsletter/", {"method": "POST", "data": b"email=x"}),
        ("/admin/login/", {}),
        ("/pl/newsletter/manage/not-a-valid-token/", {}),
        ("/pl/zapisy/mine/not-a-valid-token/", {}),
        ("/pl/aktualnosci/", {"headers": {"Authorization": "Basic eDp4"}}),
    ],
    ids=["editor's session", "POST", "admin", "newsletter's signed page", "registrant's signed page", "authorization"],
)
def test_nothing_personal_is_kept_by_the_front(front, path, request_):
    for _status, headers, _body in never_kept(front, path, **request_):
        assert headers["X-Cache"] == "miss"


def test_a_private_document_is_never_kept_by_the_front(front):
    url = front.shell(PRIVATE_DOCUMENT)
    for status, headers, _body in never_kept(front, url):
        assert status == 302 and "/login" in headers["Location"]


HALF_OPEN = 500
SLOW_BODIES = 50


def test_slow_clients_leave_the_site_answering_others_within_a_second(front):
    """500 connections that never finish their headers, 50 uploads that never finish their body; two
    sync gunicorn workers behind the front."""
    host = front.url.removeprefix("http://").split(":")
    address = (host[0], int(host[1]))
    stalled = []
    try:
        for _number in range(HALF_OPEN):
            connection = socket.create_connection(address)
            connection.sendall(b"GET /pl/ HTTP/1.1\r\nHost: 127.0.0.1\r\n")
            stalled.append(connection)
        for _number in range(SLOW_BODIES):
            connection = socket.create_connection(address)
            connection.sendall(
                b"POST /pl/newsletter/ HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded"
                b"\r\nContent-Length: 100000\r\n\r\nemail=slow"
            )
            stalled.append(connection)
        for number in range(5):  # pages not yet in the front: rendered by gunicorn now
            started = time.monotonic()
            status, headers, _body = front.get(f"/pl/szukaj/?q=wizyta{number}")
            assert (status, headers["X-Cache"]) == (200, "miss")
            assert time.monotonic() - started < 1
    finally:
        for connection in stalled:
            connection.close()


@pytest.mark.parametrize(
    ("path", "title"),
    [
        ("/nb/", "Tjenesten er utilgjengelig</h1>\n        <p>Nettstedet starter på nytt."),
        ("/pl/aktualnosci/", "Serwis niedostępny</h1>\n        <p>Serwis uruchamia się ponownie."),
        ("/", "Serwis niedostępny</h1>"),
    ],
)
def test_while_the_site_does_not_answer_the_front_says_so_in_the_visitors_language(front, tmp_path, path, title):
    varnish_port, nobody = free_port(), free_port()
    varnish = start_varnish(varnish_port, nobody, tmp_path / "varnish", front.env, free_port())
    try:
        status, headers, body = replace(front, url=f"http://127.0.0.1:{varnish_port}").get(path)
    finally:
        stop_varnish(varnish)
    assert status == 503 and f"<h1>{title}" in body
    assert headers["Retry-After"] == "10" and "no-store" in headers["Cache-Control"]


NEW_PDF = """
from django.core.files.base import ContentFile
from wagtail.documents.models import Document
from wagtail.models import Collection
from tests.pdfs import pdf_saying
document = Document(title="Kwazary", collection=Collection.get_first_root_node())
document.file.save("kwazary.pdf", ContentFile(pdf_saying("Kwazarologia miejska")))
print(document.pk)
"""
READ_TEXT = """
from documents.models import PdfText
print(PdfText.objects.filter(document_id={pk}).values_list("text", flat=True).first() or "")
"""


def test_the_worker_reads_a_new_pdfs_text_beside_the_site(front):
    """The editor's change only queues the work (production's django-tasks-db backend); the worker does it."""
    pk = front.shell(NEW_PDF)
    deadline = time.monotonic() + 30
    while "Kwazarologia" not in (text := front.shell(READ_TEXT.format(pk=pk))) and time.monotonic() < deadline:
        time.sleep(0.5)
    assert "Kwazarologia miejska" in text
