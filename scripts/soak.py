"""make soak: public load while editors publish and strangers sign up, then a check that nothing was lost.

Production settings under gunicorn (2 workers) behind Varnish (deploy/varnish/, as make serve runs
them) on PostgreSQL with Redis as the cache (the page cache on, SOAK_PAGE_CACHE=off turns it off)
and a local SMTP server. wrk with 32 connections reads public pages through the front for
SOAK_SECONDS (60) while this process, as an editor, publishes news, edits a page and
unpublishes news, signs up one subscriber after another through the footer form, and one
trainee after another for a SMUP training, confirmed from the e-mail. Prints requests, socket
errors, non-2xx and 5xx answers, and the time from each sign-up's POST to its e-mail in the SMTP
server (sent by the task worker). Afterwards: every sign-up has its subscriber and its
confirmation e-mail, every confirmed trainee a place or a turn on the waiting list (never more
places than there are); every published news item, edit, unpublishing and change of places
shows on the very next request. Exits 1 on any 5xx, lost sign-up or stale page, or an e-mail p95
of MAIL_P95_SECONDS or more.

Environment: SOAK_DATABASE_URL (postgres://postgres@127.0.0.1:5432/miasta_soak),
SOAK_REDIS_URL (redis://127.0.0.1:6379/13), SOAK_SECONDS (60), SOAK_CONNECTIONS (32).
"""

import email
import email.policy
import os
import re
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

from aiosmtpd.controller import Controller
from front import start_varnish
from production_server import (
    ROOT,
    NoRedirect,
    create_database,
    environment,
    free_port,
    manage,
    parse_wrk,
    run_waiting_tasks,
    start_server,
    start_worker,
    stop,
)

DATABASE_URL = os.environ.get("SOAK_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/miasta_soak")
REDIS_URL = os.environ.get("SOAK_REDIS_URL", "redis://127.0.0.1:6379/13")
SECONDS = int(os.environ.get("SOAK_SECONDS", "60"))
CONNECTIONS = int(os.environ.get("SOAK_CONNECTIONS", "32"))
# A request without an answer within this many seconds counts as an error.
TIMEOUT = 5
# What a visitor is promised: the e-mail of a sign-up within seconds (95 % of them within this).
MAIL_P95_SECONDS = 5
# An editor's pace: a publication, an edit (of a menu page, which renews the whole site) and,
# every other time, an unpublishing every EDIT_PAUSE seconds.
EDIT_PAUSE = 1.0
PATHS = [
    "/pl/",
    "/nb/",
    "/pl/aktualnosci/",
    "/en/news/",
    "/pl/programy/rozwoj-lokalny/",
    "/pl/programy/rozwoj-lokalny/starachowice-z-wizyta-w-bergen/",
    "/pl/dokumenty/?kind=opinion",
    "/pl/kalendarz/?month=2022-10",
    "/pl/szukaj/?q=szkolenia",
    "/nb/sok/?q=vann",
    "/pl/o-projektach/",
    "/pl/programy/smup/szkolenie-smup-modul-1/",
]
# wrk's threads each count the 5xx answers they get; done() adds them up.
WRK_SCRIPT = """
local threads = {}
function setup(thread) table.insert(threads, thread) end
function init(args)
  paths = {%s}
  counter = 0
  fivexx = 0
end
function request()
  counter = counter + 1
  return wrk.format("GET", paths[(counter %% #paths) + 1])
end
function response(status, headers, body)
  if status >= 500 then fivexx = fivexx + 1 end
end
function done(summary, latency, requests)
  local total = 0
  for _, thread in ipairs(threads) do total = total + thread:get("fivexx") end
  io.write(string.format("5xx responses: %%d\\n", total))
end
"""
# Names of this run's news and subscribers, apart from earlier runs' in the same database.
RUN = time.strftime("%Y%m%d%H%M%S")
# The proxy's header with the visitor's address: each sign-up comes from an address of its own.
CLIENT_HEADER = "X-Soak-Client"


class Mailbox:
    """An SMTP server's handler that keeps the recipients and the text of every message, and how long each
    took from the sign-up's POST (`expect`) to its arrival."""

    def __init__(self):
        self.recipients = []
        self.texts = {}
        self.posted, self.arrived = {}, {}

    def expect(self, recipient):
        self.posted[recipient] = time.monotonic()

    async def handle_DATA(self, server, session, envelope):  # noqa: N802  (aiosmtpd's name)
        for recipient in envelope.rcpt_tos:
            self.arrived.setdefault(recipient, time.monotonic())
        self.recipients.extend(envelope.rcpt_tos)
        message = email.message_from_bytes(envelope.content, policy=email.policy.default)
        for recipient in envelope.rcpt_tos:
            self.texts[recipient] = message.get_body(("plain",)).get_content()
        return "250 OK"

    def confirmation_path(self, recipient, seconds=10):
        """The link in the recipient's e-mail, waited for: the task worker sends it after the answer."""
        deadline = time.monotonic() + seconds
        while recipient not in self.texts and time.monotonic() < deadline:
            time.sleep(0.05)
        found = re.search(r"https?://[^/\s]+(/\S+/confirm/\S+/)", self.texts.get(recipient, ""))
        return found and found[1]

    def latencies(self):
        """Seconds from POST to arrival, sorted, of every expected e-mail that arrived."""
        arrived = self.arrived
        return sorted(arrived[address] - posted for address, posted in self.posted.items() if address in arrived)


def fetch(url, data=None, headers=None):
    """The status and text of the answer, redirects not followed."""
    request = urllib.request.Request(url, data=data, headers=headers or {})  # noqa: S310  (our own local server)
    opener = urllib.request.build_opener(NoRedirect)
    try:
        with opener.open(request, timeout=30) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


def sign_up(base, number, mailbox):
    email = f"soak-{RUN}-{number}@example.org"
    mailbox.expect(email)
    data = urllib.parse.urlencode({"email": email, "consent": "on", "website": ""}).encode()
    return email, fetch(base + "/pl/newsletter/", data=data, headers={CLIENT_HEADER: f"10.0.{number}"})[0]


class Trainee:
    """Signs up for the first SMUP training through the front, as a visitor, and confirms from the e-mail."""

    def __init__(self, mailbox):
        from events.models import EventPage

        self.event = EventPage.objects.get(slug="szkolenie-smup-modul-1", locale__language_code="pl")
        self.mailbox = mailbox
        self.confirmed, self.refused = [], []

    def step(self, base, number):
        address = f"trainee-{RUN}-{number}@example.org"
        form = {"name": f"Soak {number}", "email": address, "consent": "on", "website": ""}
        data = urllib.parse.urlencode(form).encode()
        self.mailbox.expect(address)
        status = fetch(f"{base}/pl/zapisy/{self.event.pk}/", data=data, headers={CLIENT_HEADER: f"10.1.{number}"})[0]
        path = status == 302 and self.mailbox.confirmation_path(address)
        if path:
            status = fetch(base + path, data=b"")[0]
        (self.confirmed if status == 302 else self.refused).append((address, status))

    def lost(self):
        """Confirmed sign-ups without a place or a turn on the waiting list."""
        from registrations.models import Registration

        held = Registration.objects.filter(event=self.event, status__in=["confirmed", "waiting"])
        return [address for address, _status in self.confirmed if not held.filter(email=address).exists()]

    def overbooked(self):
        from registrations.models import Registration

        return Registration.objects.filter(event=self.event, status="confirmed").count() > self.event.sign_up_places

    def stale(self, base):
        """The event page, if its places left are not those of the database on the very next request."""
        from django.utils import translation
        from django.utils.translation import gettext, ngettext

        from registrations.places import places_left

        left = places_left(self.event)
        with translation.override("pl"):
            expected = (
                ngettext("One place left.", "%(places)s places left.", left) % {"places": left}
                if left
                else gettext("All places are taken: sign up to join the waiting list.")
            )
        status, html = fetch(base + self.event.url)
        return [] if expected in html else [(self.event.url, status)]


class Editor:
    """Publishes news under the news index, edits the 'O projektach' page and unpublishes its own news."""

    def __init__(self):
        from home.models import StandardPage
        from news.models import NewsIndexPage

        self.index = NewsIndexPage.objects.get(locale__language_code="pl")
        self.edited = StandardPage.objects.get(url_path__endswith="/o-projektach/", locale__language_code="pl")
        self.original_title = re.sub(r" \(soak .*\)$", "", self.edited.title)
        self.live, self.unpublished, self.edits = [], [], 0

    def step(self, number):
        from news.models import NewsPage

        title, slug = f"Soak {RUN} {number}", f"soak-{RUN}-{number}"
        news = self.index.add_child(instance=NewsPage(title=title, slug=slug, lead="Soak."))
        news.save_revision().publish()
        self.live.append(news)
        self.edited.refresh_from_db()
        self.edited.title = f"{self.original_title} (soak {RUN} {number})"
        self.edited.save_revision().publish()
        self.edits += 1
        if number % 2:
            oldest = self.live.pop(0)
            oldest.refresh_from_db()
            oldest.unpublish()
            self.unpublished.append(oldest)

    def stale(self, base):
        """The pages whose very next request does not show what the editor did."""
        wrong = []
        for news in self.live:
            status, html = fetch(base + news.url)
            if status != 200 or news.title not in html:
                wrong.append((news.url, status))
        for news in self.unpublished:
            if (status := fetch(base + news.url)[0]) != 404:
                wrong.append((news.url, status))
        self.edited.refresh_from_db()
        status, html = fetch(base + self.edited.url)
        if self.edited.title not in html:
            wrong.append((self.edited.url, status))
        status, html = fetch(base + self.index.url)
        if self.live and self.live[-1].title not in html:
            wrong.append((self.index.url, status))
        return wrong


def prepare(env):
    create_database(DATABASE_URL)
    manage(env, "migrate", "--no-input", "-v0")
    manage(env, "load_demo_content", "--if-empty", "-v0")
    run_waiting_tasks(env)
    manage(env, "collectstatic", "--no-input", "-v0")
    import redis

    redis.Redis.from_url(REDIS_URL).flushdb()


def start_load(base, folder):
    script = Path(folder) / "paths.lua"
    script.write_text(WRK_SCRIPT % ", ".join(f'"{path}"' for path in PATHS))
    command = [
        "wrk",
        "-t2",
        f"-c{CONNECTIONS}",
        f"-d{SECONDS}s",
        f"--timeout={TIMEOUT}s",
        "--latency",
        "-s",
        str(script),
        base,
    ]
    return subprocess.Popen(command, stdout=subprocess.PIPE, text=True)  # noqa: S603


def main():
    mailbox = Mailbox()
    smtp = Controller(mailbox, hostname="127.0.0.1", port=free_port())
    smtp.start()
    front_port, purge_port = free_port(), free_port()
    env = environment(
        DATABASE_URL,
        REDIS_URL,
        EMAIL_HOST="127.0.0.1",
        EMAIL_PORT=str(smtp.port),
        EMAIL_USE_TLS="false",
        CLIENT_IP_HEADER="HTTP_" + CLIENT_HEADER.upper().replace("-", "_"),
        FRONT_PURGE_URLS=f"http://127.0.0.1:{purge_port}/",
        PAGE_CACHE=os.environ.get("SOAK_PAGE_CACHE", "on"),
    )
    prepare(env)
    os.environ.update(env)
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    server, backend = start_server(env)
    worker = start_worker(env)
    backend_port = urllib.parse.urlsplit(backend).port
    varnish = start_varnish(front_port, backend_port, Path(tempfile.mkdtemp()) / "varnish", env, purge_port)
    base = f"http://127.0.0.1:{front_port}"
    signed_up, refused, number = [], [], 0
    try:
        editor, trainee = Editor(), Trainee(mailbox)
        with tempfile.TemporaryDirectory() as folder:
            load = start_load(base, folder)
            started = time.monotonic()
            while load.poll() is None:
                number += 1
                editor.step(number)
                email, status = sign_up(base, number, mailbox)
                (signed_up if status == 302 else refused).append((email, status))
                trainee.step(base, number)
                time.sleep(EDIT_PAUSE)
            result = parse_wrk(load.stdout.read())
            elapsed = time.monotonic() - started
        for address in mailbox.posted:  # the last confirmation e-mails
            mailbox.confirmation_path(address)
        stale = editor.stale(base) + trainee.stale(base)
    finally:
        stop(varnish)
        stop(worker)
        stop(server)
        smtp.stop()
    from newsletter.models import Subscriber

    lost = [email for email, _status in signed_up if not Subscriber.objects.filter(email=email).exists()]
    unmailed = [email for email, _status in signed_up if email not in mailbox.recipients]
    print(
        f"\nsoak: wrk -t2 -c{CONNECTIONS} -d{SECONDS}s over {len(PATHS)} public URLs, Varnish before gunicorn "
        f"(2 workers), page cache {env['PAGE_CACHE']}, {elapsed:.0f} s"
    )
    print(
        f"requests {result['requests']}, {result['rps']:.0f} req/s, p50 {result['p50']:.1f} ms, "
        f"p99 {result['p99']:.1f} ms, socket errors {result['socket_errors']}, "
        f"non-2xx {result['non_2xx']}, 5xx {result['5xx']}"
    )
    print(
        f"editor: {number} news published, {len(editor.unpublished)} unpublished, {editor.edits} edits; "
        f"stale pages afterwards: {stale or 'none'}"
    )
    print(
        f"sign-ups: {len(signed_up)} accepted, {len(refused)} refused {refused or ''}, "
        f"lost: {lost or 'none'}, without confirmation e-mail: {unmailed or 'none'}"
    )
    latencies = mailbox.latencies()
    p50, p95 = (latencies[int(len(latencies) * share)] for share in (0.5, 0.95))
    print(f"sign-up e-mails: {len(latencies)} arrived, from POST to the SMTP server p50 {p50:.2f} s, p95 {p95:.2f} s")
    trainees_lost, overbooked = trainee.lost(), trainee.overbooked()
    print(
        f"event sign-ups: {len(trainee.confirmed)} confirmed by e-mail, {len(trainee.refused)} refused "
        f"{trainee.refused or ''}, lost: {trainees_lost or 'none'}, more confirmed than places: {overbooked}"
    )
    failed = result["5xx"] or result["non_2xx"] or result["socket_errors"] or stale or lost or unmailed or refused
    failed = failed or trainee.refused or trainees_lost or overbooked or p95 >= MAIL_P95_SECONDS
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
