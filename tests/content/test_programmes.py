"""A programme page shows whom to contact, its funders' required publicity and its partners' logos."""

import re

import pytest

from programmes.models import ProgrammePage

pytestmark = pytest.mark.django_db


def programme(slug, language_code="pl"):
    return ProgrammePage.objects.get(slug=slug, locale__language_code=language_code)


def sidebar(client, page):
    html = client.get(page.url).content.decode()
    return html[html.index('<aside class="sidebar">') :]


@pytest.mark.parametrize("slug", ["rozwoj-lokalny", "empirie", "cwd-plus", "smup"])
def test_every_programme_names_its_contact_person(client, slug):
    page = programme(slug)
    html = sidebar(client, page)
    contact = html[html.index('id="programme-contact-heading"') :]
    assert page.contact_name in contact
    assert f'<a href="mailto:{page.contact_email}">' in contact
    assert f'<a href="tel:{page.contact_phone.replace(" ", "")}">{page.contact_phone}</a>' in contact


@pytest.mark.parametrize(("language_code", "heading"), [("pl", "Finansowanie"), ("nb", "Finansiering")])
def test_a_funded_programme_shows_its_funders_logos_and_note(client, language_code, heading):
    page = programme("rozwoj-lokalny") if language_code == "pl" else programme("lokal-utvikling", "nb")
    funding = sidebar(client, page).split('<section class="funding"')[1].split("</section>")[0]
    assert f">{heading}</h2>" in funding
    logos = re.findall(r'<a href="https://eeagrants.org/"><img alt="([^"]+)" class="logo"', funding)
    assert logos == ["Iceland Liechtenstein Norway grants", "Norway grants"]
    assert page.funding_note in funding


def test_a_programme_without_funders_has_no_funding_section(client):
    assert 'class="funding"' not in sidebar(client, programme("smup"))


def test_partners_show_their_logos_beside_their_names(client):
    partners = sidebar(client, programme("rozwoj-lokalny")).split('class="partner-list"')[1].split("</ul>")[0]
    assert len(re.findall(r'<img alt="" class="logo"[^>]*> Sunnfjord \(Norwegia\)', partners)) == 1
    assert partners.count('class="logo"') == 8


def test_a_funder_whose_logo_was_deleted_keeps_its_name(client):
    page = programme("rozwoj-lokalny")
    page.funders.first().logo.delete()
    funding = sidebar(client, page).split('<section class="funding"')[1]
    assert "Iceland Liechtenstein Norway grants</a>" in funding
