"""Simple generated pictures for the demo content, so no photograph has to be licensed or committed."""

import io
import random

from PIL import Image as PillowImage
from PIL import ImageDraw

from django.core.files.images import ImageFile

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


def demo_image(title: str, seed: int) -> Image:
    """The image library's picture with this title, drawn and added on first use."""
    existing = Image.objects.filter(title=title).first()
    if existing:
        return existing
    image = Image(
        title=title,
        description="Ilustracja: abstrakcyjna grafika z kolorowych kół",
        file=ImageFile(io.BytesIO(picture_bytes(seed)), name=f"demo-{seed}.png"),
    )
    image._set_image_file_metadata()
    image.save()
    return image
