"""What a mail server's refusal raises when a message is sent: SMTP errors, or a connection that fails."""

import smtplib

MAIL_ERRORS = (smtplib.SMTPException, OSError)
