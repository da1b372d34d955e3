"""Signed links in e-mails: they name a record without a login, and cannot be forged or edited."""

from django.core import signing


class InvalidLink(Exception):
    pass


class ExpiredLink(InvalidLink):
    pass


def expiring_token(value, salt):
    return signing.dumps(value, salt=salt, compress=True)


def read_expiring_token(token, salt, max_age):
    try:
        return signing.loads(token, salt=salt, max_age=max_age)
    except signing.SignatureExpired as error:
        raise ExpiredLink from error
    except signing.BadSignature as error:
        raise InvalidLink from error


def lasting_token(value, salt):
    return signing.Signer(salt=salt).sign(value)


def read_lasting_token(token, salt):
    try:
        return signing.Signer(salt=salt).unsign(token)
    except signing.BadSignature as error:
        raise InvalidLink from error
