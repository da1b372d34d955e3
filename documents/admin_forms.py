"""The admin's document form (single and multiple upload): the content must match the extension."""

import os

from django.conf import settings
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

from wagtail.documents.forms import BaseDocumentForm

from .file_checks import check_content


class CheckedDocumentForm(BaseDocumentForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "file" in self.fields:  # the multiple upload's form has none: its file comes on its own
            self.fields["file"].error_messages |= too_large_messages()

    def clean_file(self):
        file = self.cleaned_data.get("file")
        if file and "file" in self.changed_data:
            extension = os.path.splitext(file.name)[1].lstrip(".").lower()
            # Extensions outside the allow-list are refused by Wagtail's own validator.
            if extension in settings.WAGTAILDOCS_EXTENSIONS:
                check_content(file, extension)
        return file


def too_large_messages():
    """Wagtail's own Polish catalogue calls any too large document "this image": messages of ours instead."""
    largest = {"max_filesize": filesizeformat(settings.WAGTAILDOCS_MAX_UPLOAD_SIZE)}
    return {
        "file_too_large": _("This file is too large (%(file_size)s). The largest file accepted is %(max_filesize)s."),
        "file_too_large_unknown_size": _("This file is too large. The largest file accepted is %(max_filesize)s.")
        % largest,
    }
