"""A moderator enrols an authenticator app in the browser, then signs in with its codes."""

import base64
import re

from django_otp.oath import totp

from .conftest import MODERATOR


def sign_in_with_password(page, site_url):
    page.goto(f"{site_url}/admin/login/")
    page.fill("#id_username", MODERATOR[0])
    page.fill("#id_password", MODERATOR[1])
    page.locator("form button[type=submit]").click()


def test_a_moderator_enrols_and_signs_in_with_a_code(site_url, browser):
    context = browser.new_context()
    page = context.new_page()
    sign_in_with_password(page, site_url)
    page.wait_for_url(re.compile(r"/admin/two-step/enrol/"))
    assert page.locator("main").count() == 1 and page.locator(".twofactor-qr svg.segno").count() == 1  # drawn here
    secret = page.locator("#twofactor-secret").inner_text().replace(" ", "")
    page.fill("#id_code", f"{totp(base64.b32decode(secret)):06d}")  # as the app computes it from the key
    page.locator("form button[type=submit]").click()
    page.wait_for_selector(".twofactor-backup-codes")
    backup_codes = page.locator(".twofactor-backup-codes code").all_inner_texts()
    assert len(backup_codes) == 10
    page.locator("main a.button").click()  # Continue
    page.wait_for_url(f"{site_url}/admin/")
    assert page.locator("h1").first.inner_text()
    context.close()

    # Another sign-in: the password alone opens nothing, a code does.
    context = browser.new_context()
    page = context.new_page()
    sign_in_with_password(page, site_url)
    page.wait_for_url(re.compile(r"/admin/two-step/verify/"))
    page.goto(f"{site_url}/admin/pages/")
    assert "/admin/two-step/verify/" in page.url
    page.fill("#id_code", backup_codes[0])
    page.locator("form button[type=submit]").click()
    page.wait_for_url(f"{site_url}/admin/pages/")
    context.close()
