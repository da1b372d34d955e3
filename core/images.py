"""Images in the library carry a description: it is the alternative text wherever an image block
gives none, so an image can no longer reach a page described by its file name."""

from django.utils.translation import gettext_lazy as _

from wagtail.images.forms import BaseImageForm

DESCRIPTION_HELP = _(
    "What the picture shows, in a sentence: the text a screen reader reads aloud to blind visitors, and what "
    "shows when the picture does not load. For example: “The mayors of Starachowice and Bergen sign the "
    "partnership agreement in Bergen's town hall.” Not the file name, and not “photo”."
)


class DescribedImageForm(BaseImageForm):
    """The image library's form (WAGTAILIMAGES_IMAGE_FORM_BASE), with the description required."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "description" in self.fields:
            self.fields["description"].required = True
            self.fields["description"].help_text = DESCRIPTION_HELP
