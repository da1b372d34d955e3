"""Model rules an editor meets in the page editor."""

import datetime

import pytest

from django.core.exceptions import ValidationError
from django.template.loader import get_template

from wagtail import blocks

from core.blocks import BaseStreamBlock, CallToActionBlock
from documents.models import DocumentIndexPage, PositionDocumentPage
from events.models import EventPage
from news.models import NewsIndexPage, NewsPage
from tests.factories import EventPageFactory, NewsPageFactory

pytestmark = pytest.mark.django_db


def event(**fields):
    return EventPage(title="Spotkanie", slug="spotkanie", start_date=datetime.date(2022, 10, 20), **fields)


def test_event_cannot_end_before_it_starts():
    with pytest.raises(ValidationError) as error:
        event(end_date=datetime.date(2022, 10, 19)).clean()
    assert "end_date" in error.value.message_dict


def test_one_day_event_cannot_end_before_its_start_time():
    with pytest.raises(ValidationError) as error:
        event(start_time=datetime.time(12), end_time=datetime.time(9)).clean()
    assert "end_time" in error.value.message_dict


def test_end_time_needs_a_start_time():
    with pytest.raises(ValidationError) as error:
        event(end_time=datetime.time(9)).clean()
    assert "start_time" in error.value.message_dict


@pytest.mark.parametrize(
    ("fields", "field_in_error"),
    [
        ({"registration_url": "https://example.org/zapisy"}, "registration_url"),
        ({"registration_deadline": datetime.date(2022, 10, 21)}, "registration_deadline"),
        (
            {"sign_up_opens": datetime.date(2022, 10, 20), "registration_deadline": datetime.date(2022, 10, 19)},
            "sign_up_opens",
        ),
    ],
    ids=["and a link elsewhere", "closing after the event", "opening after closing"],
)
def test_sign_ups_on_the_site_have_dates_that_make_sense(fields, field_in_error):
    event(sign_up_places=20, registration_deadline=datetime.date(2022, 10, 18)).clean()
    with pytest.raises(ValidationError) as error:
        event(sign_up_places=20, **fields).clean()
    assert field_in_error in error.value.message_dict


def test_one_day_event_ends_on_its_start_date(polish):
    from events.models import EventIndexPage

    page = EventPageFactory(parent=EventIndexPage.objects.get(locale=polish), end_date=None)
    page.refresh_from_db()
    assert page.end_date == page.start_date
    assert not page.is_multi_day


def test_news_with_a_gallery_is_marked_for_the_multimedia_page(polish):
    index = NewsIndexPage.objects.get(locale=polish)
    plain = NewsPageFactory(parent=index)
    assert not NewsPage.objects.get(pk=plain.pk).has_media
    plain.body = [("quote", {"text": "Cytat", "attribution": ""})]
    plain.save()
    assert not NewsPage.objects.get(pk=plain.pk).has_media
    plain.body = [("embed", {"video": None, "caption": ""})]
    plain.save()
    assert NewsPage.objects.get(pk=plain.pk).has_media


def test_call_to_action_needs_exactly_one_target():
    block = CallToActionBlock()
    with pytest.raises(blocks.StructBlockValidationError):
        block.clean(block.to_python({"text": "Zapisz się", "button_label": "Zapisz", "page": None, "url": ""}))
    value = block.clean(
        block.to_python({"text": "Zapisz się", "button_label": "Zapisz", "url": "https://example.org/"})
    )
    assert value["url"] == "https://example.org/"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("heading", "Aktualności z tematu"),
        ("paragraph", "Związek Miast Polskich zaprasza"),
        ("quote", "Współpraca miast to siła samorządu."),
        ("call_to_action", "Zapisz się na bezpłatne szkolenia SMUP"),
    ],
)
def test_block_previews_render_with_the_block_template(name, expected):
    block = BaseStreamBlock.base_blocks[name]
    assert expected in block.render(block.get_preview_value())


@pytest.mark.parametrize("name", list(BaseStreamBlock.base_blocks))
def test_every_block_has_its_own_template_icon_and_description(name):
    block = BaseStreamBlock.base_blocks[name]
    get_template(block.meta.template)  # raises if the template is missing
    assert block.meta.template.startswith("blocks/")
    assert block.meta.icon
    assert block.meta.description


def test_a_position_document_cannot_be_published_without_its_file(polish):
    index = DocumentIndexPage.objects.get(locale=polish)
    page = PositionDocumentPage(title="Stanowisko bez pliku", slug="bez-pliku", locale=polish)
    with pytest.raises(ValidationError) as refused:
        index.add_child(instance=page)
    assert "document" in refused.value.message_dict
