"""Signed links in a registrant's e-mails: a confirmation link that expires, and their own lasting link."""

from datetime import timedelta

from core.signed_links import expiring_token, lasting_token, read_expiring_token, read_lasting_token

CONFIRMATION_VALID_FOR = timedelta(days=7)
CONFIRM_SALT = "registrations.confirm"
OWN_SALT = "registrations.own"


def confirmation_token(registration):
    return expiring_token(registration.key.hex, CONFIRM_SALT)


def read_confirmation_token(token):
    return read_expiring_token(token, CONFIRM_SALT, CONFIRMATION_VALID_FOR)


def own_token(registration):
    return lasting_token(registration.key.hex, OWN_SALT)


def read_own_token(token):
    return read_lasting_token(token, OWN_SALT)
