"""A real SMTP server in a thread (aiosmtpd), which keeps what it accepts and can refuse for a while."""

import asyncio
import email
import socket
from email import policy

from aiosmtpd.controller import Controller


class Inbox:
    """The messages the server accepted; while `refusing` is above nought, each message is refused instead.
    `pause`: seconds each recipient waits for its answer, as from a slow server (before the message is sent)."""

    def __init__(self):
        self.messages = []
        self.refusing = 0
        self.pause = 0

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):  # noqa: N802
        await asyncio.sleep(self.pause)
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 (aiosmtpd's hook name)
        if self.refusing:
            self.refusing -= 1
            return "451 4.3.0 Mail server busy, try again later"
        self.messages.append(email.message_from_bytes(envelope.content, policy=policy.default))
        return "250 Message accepted for delivery"

    def recipients(self):
        return [message["To"] for message in self.messages]


def started_server():
    """(controller, inbox, port) of a server listening on a free port of 127.0.0.1."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    return controller, inbox, port
