"""The sign-up form in every page's footer, with the consent text of the visitor's language."""

import html
import re

from django import template
from django.utils.html import strip_tags
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from wagtail.rich_text import expand_db_html

from newsletter.consent import notice_for
from newsletter.emails import absolute_url
from newsletter.forms import SignUpForm
from newsletter.models import ConsentVersion

register = template.Library()

LINK = re.compile(r'<a\b[^>]*\bhref="([^"]*)"[^>]*>(.*?)</a>', re.DOTALL)
BLOCK_END = re.compile(r"</(p|h[1-6]|li|blockquote)>|<br\s*/?>", re.IGNORECASE)


@register.inclusion_tag("components/newsletter_signup.html")
def newsletter_signup():
    """The footer's sign-up form, its consent sentence and the notice, in the visitor's language."""
    notice = notice_for(get_language())
    return {
        "notice": notice,
        "consent_digest": notice and ConsentVersion.digest_of(notice),
        # Its own ids: a page may show a second sign-up form (the sign-up page) or an address form.
        "form": SignUpForm(auto_id="footer-newsletter-%s"),
    }


def absolute_href(href):
    return absolute_url(href) if href.startswith("/") else href


@register.filter
def email_html(rich_text):
    """Rich text for an e-mail: site-relative links made absolute, as a mail program has no site to resolve them."""
    return mark_safe(re.sub(r'href="/', f'href="{absolute_url("/")}', expand_db_html(rich_text)))  # noqa: S308


@register.filter
def plain_text(rich_text):
    """Rich text as the plain-text part of an e-mail: paragraphs as blank lines, links as their address."""
    text = LINK.sub(lambda link: f"{link[2]} ({absolute_href(link[1])})", expand_db_html(rich_text))
    text = BLOCK_END.sub("\n\n", text)
    lines = (line.strip() for line in html.unescape(strip_tags(text)).splitlines())
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
