"""Simple generated pictures for the demo content, so no photograph has to be licensed or committed."""

import io
import random

from anyascii import anyascii
from PIL import Image as PillowImage
from PIL import ImageDraw, ImageFont

from django.core.files.images import ImageFile
from django.utils.text import slugify

from wagtail.images.models import Image

PALETTE = ["#a3122a", "#0b4f8a", "#1f7a4d", "#d98e04", "#5b3f8c", "#2b2d42"]


def picture_bytes(seed: int, size=(1200, 800)) -> bytes:
    """A PNG of overlapping discs in the site's colours; the same seed always draws the same picture."""
    rng = random.Random(seed)
    picture = PillowImage.new("RGB", size, rng.choice(PALETTE))
    draw = ImageDraw.Draw(picture)
    for _disc in range(12):
        x, y = rng.randrange(size[0]), rng.randrange(size[1])
        radius = rng.randrange(60, 320)
        draw.ellipse((x - radius, y - radius, x + radius, y + radius), fill=rng.choice(PALETTE))
    buffer = io.BytesIO()
    picture.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


def logo_bytes(text: str, colour: str) -> bytes:
    """A PNG of the text in white on a coloured band: a stand-in for an organisation's logo."""
    font = ImageFont.load_default(size=36)
    left, top, right, bottom = font.getbbox(text)
    picture = PillowImage.new("RGB", (right - left + 48, 72), colour)
    ImageDraw.Draw(picture).text((24 - left, (72 - bottom - top) // 2), text, font=font, fill="#ffffff")
    buffer = io.BytesIO()
    picture.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


def demo_image(title: str, seed: int) -> Image:
    """The image library's picture with this title, drawn and added on first use."""
    return library_image(
        title, "Ilustracja: abstrakcyjna grafika z kolorowych kół", picture_bytes(seed), name=f"demo-{seed}.png"
    )


def demo_logo(name: str, seed: int) -> Image:
    """The image library's stand-in logo of an organisation, drawn and added on first use."""
    colour = PALETTE[seed % len(PALETTE)]
    filename = f"logo-{slugify(anyascii(name))}.png"
    return library_image(f"Logo: {name}", f"Logo: {name}", logo_bytes(name, colour), name=filename)


def library_image(title: str, description: str, content: bytes, name: str) -> Image:
    """The image with this title, added with the content on first use."""
    existing = Image.objects.filter(title=title).first()
    if existing:
        return existing
    image = Image(title=title, description=description, file=ImageFile(io.BytesIO(content), name=name))
    image._set_image_file_metadata()
    image.save()
    return image
