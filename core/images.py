"""Images in the library carry a description: it is the alternative text wherever an image block
gives none, so an image can no longer reach a page described by its file name."""

from wagtail.images.forms import BaseImageForm


class DescribedImageForm(BaseImageForm):
    """The image library's form (WAGTAILIMAGES_IMAGE_FORM_BASE), with the description required."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "description" in self.fields:
            self.fields["description"].required = True
