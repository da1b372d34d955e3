"""A translation's address follows its translated title unless the translator writes a slug."""

import pytest

from wagtail.models import Locale
from wagtail_localize.models import StringTranslation

from news.models import NewsPage

pytestmark = pytest.mark.django_db

ZABRZE = "miasto-cyfrowe-w-zabrzu"


@pytest.fixture
def untranslated():
    return NewsPage.objects.get(slug=ZABRZE, locale__language_code="pl")


def test_a_translated_title_gives_the_translation_its_address(untranslated, translate_page):
    norwegian = Locale.objects.get(language_code="nb")
    translated = translate_page(untranslated, norwegian, {untranslated.title: "Den digitale byen Zabrze – opplæring"})
    assert translated.slug == "den-digitale-byen-zabrze-opplaering"
    assert translated.url.endswith("/den-digitale-byen-zabrze-opplaering/")


def test_a_slug_the_translator_wrote_is_kept(untranslated, translate_page):
    english = Locale.objects.get(language_code="en")
    texts = {untranslated.title: "Digital city: Zabrze", ZABRZE: "digital-zabrze"}
    assert translate_page(untranslated, english, texts).slug == "digital-zabrze"


def test_a_later_change_of_title_keeps_the_address(untranslated, translate_page):
    english = Locale.objects.get(language_code="en")
    translate_page(untranslated, english, {untranslated.title: "Digital city: Zabrze"})
    retitled = translate_page(untranslated, english, {untranslated.title: "Zabrze, the digital city"})
    assert retitled.title == "Zabrze, the digital city"
    assert retitled.slug == "digital-city-zabrze"


def test_the_slug_is_filled_in_where_the_translator_sees_it(untranslated, translate_page):
    english = Locale.objects.get(language_code="en")
    translate_page(untranslated, english, {untranslated.title: "Digital city: Zabrze"}, publish=False)
    slug = StringTranslation.objects.get(locale=english, translation_of__data=ZABRZE, context__path="slug")
    assert slug.data == "digital-city-zabrze"
