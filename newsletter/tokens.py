"""Signed links in the newsletter's e-mails.

A confirmation link names the address it confirms and expires; a subscriber's own
link (manage, unsubscribe) lasts as long as the subscription, so an old e-mail still
lets its reader leave.
"""

from datetime import timedelta

from core.signed_links import expiring_token, lasting_token, read_expiring_token, read_lasting_token

CONFIRMATION_VALID_FOR = timedelta(days=7)
CONFIRM_SALT = "newsletter.confirm"
MANAGE_SALT = "newsletter.manage"


def confirmation_token(subscriber, email):
    return expiring_token({"k": subscriber.key.hex, "e": email}, CONFIRM_SALT)


def read_confirmation_token(token):
    """(subscriber key, address) from a confirmation link."""
    data = read_expiring_token(token, CONFIRM_SALT, CONFIRMATION_VALID_FOR)
    return data["k"], data["e"]


def manage_token(subscriber):
    return lasting_token(subscriber.key.hex, MANAGE_SALT)


def read_manage_token(token):
    return read_lasting_token(token, MANAGE_SALT)
