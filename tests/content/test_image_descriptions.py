"""No image reaches a page described by its file name: the library asks for a description, and an
image block without alternative text falls back on it, never on the title."""

import pytest

from django.core.files.uploadedfile import SimpleUploadedFile
from django.template.loader import render_to_string

from wagtail.blocks import StructBlockValidationError
from wagtail.images.models import Image
from wagtail.models import Collection

from core.blocks import GalleryBlock, ImageBlock
from demo.images import demo_image, picture_bytes

pytestmark = pytest.mark.django_db


def photo_upload(name="test-photo.png"):
    return SimpleUploadedFile(name, picture_bytes(7, size=(40, 30)), content_type="image/png")


def root_collection():
    return Collection.get_first_root_node().pk


def test_the_image_library_asks_for_a_description(admin_client):
    form = {"title": "test-photo", "file": photo_upload(), "collection": root_collection()}
    response = admin_client.post("/admin/images/add/", form)
    assert response.status_code == 200
    assert not Image.objects.filter(title="test-photo").exists()
    assert "czytnik ekranu odczytuje na głos osobom niewidomym" in response.content.decode()  # why, in Polish
    response = admin_client.post("/admin/images/add/", {**form, "file": photo_upload(), "description": "Mapa gminy"})
    assert response.status_code == 302
    assert Image.objects.get(title="test-photo").description == "Mapa gminy"


def test_a_dropped_image_waits_for_its_description(admin_client):
    """The multiple upload keeps the file aside until the editor describes it."""
    answer = admin_client.post(
        "/admin/images/multiple/add/", {"files[]": photo_upload(), "collection": root_collection()}
    ).json()
    assert answer["success"] is True
    assert not Image.objects.filter(title="test-photo").exists()


@pytest.fixture
def undescribed():
    image = demo_image("test-photo", seed=3)
    image.description = ""
    image.save()
    return image


def test_an_image_block_without_alt_text_needs_a_described_image(undescribed):
    block = ImageBlock()
    with pytest.raises(StructBlockValidationError) as refused:
        block.clean(block.to_python({"image": undescribed.pk, "alt_text": "", "caption": ""}))
    assert "alt_text" in refused.value.block_errors
    assert block.clean(block.to_python({"image": undescribed.pk, "alt_text": "Rynek w Tarnowie", "caption": ""}))
    undescribed.description = "Rynek w Tarnowie"
    undescribed.save()
    assert block.clean(block.to_python({"image": undescribed.pk, "alt_text": "", "caption": ""}))


def test_the_alt_text_falls_back_on_the_description_and_never_on_the_title(undescribed):
    stored = {"title": "", "images": [{"image": undescribed.pk, "alt_text": ""}]}
    html = render_to_string("blocks/gallery_block.html", {"value": GalleryBlock().to_python(stored)})
    assert 'alt=""' in html and "test-photo" not in html.split("<img", 1)[1].split(">", 1)[0]
    undescribed.description = "Rynek w Tarnowie"
    undescribed.save()
    html = render_to_string("blocks/gallery_block.html", {"value": GalleryBlock().to_python(stored)})
    assert 'alt="Rynek w Tarnowie"' in html
