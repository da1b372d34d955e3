"""What a mail server's refusal raises when a message is sent (SMTP errors, or a connection that fails), and
development's mail: printed where make run prints, and kept as a file to open and click."""

import smtplib

from django.core.mail.backends.console import EmailBackend as ConsoleBackend
from django.core.mail.backends.filebased import EmailBackend as FileBackend

MAIL_ERRORS = (smtplib.SMTPException, OSError)


class ConsoleAndFileBackend(FileBackend):
    """Each message on the console, as Django's console backend shows it, and in EMAIL_FILE_PATH."""

    def send_messages(self, email_messages):
        ConsoleBackend().send_messages(email_messages)
        return super().send_messages(email_messages)
