"""Signed links in e-mails: they identify a subscriber without a login, and cannot be forged or edited.

A confirmation link names the address it confirms and expires; a subscriber's own
link (manage, unsubscribe) lasts as long as the subscription, so an old e-mail still
lets its reader leave.
"""

from datetime import timedelta

from django.core import signing

CONFIRMATION_VALID_FOR = timedelta(days=7)
CONFIRM_SALT = "newsletter.confirm"
MANAGE_SALT = "newsletter.manage"


class InvalidLink(Exception):
    pass


class ExpiredLink(InvalidLink):
    pass


def confirmation_token(subscriber, email):
    return signing.dumps({"k": subscriber.key.hex, "e": email}, salt=CONFIRM_SALT, compress=True)


def read_confirmation_token(token):
    """(subscriber key, address) from a confirmation link."""
    try:
        data = signing.loads(token, salt=CONFIRM_SALT, max_age=CONFIRMATION_VALID_FOR)
    except signing.SignatureExpired as error:
        raise ExpiredLink from error
    except signing.BadSignature as error:
        raise InvalidLink from error
    return data["k"], data["e"]


def manage_token(subscriber):
    return signing.Signer(salt=MANAGE_SALT).sign(subscriber.key.hex)


def read_manage_token(token):
    try:
        return signing.Signer(salt=MANAGE_SALT).unsign(token)
    except signing.BadSignature as error:
        raise InvalidLink from error
