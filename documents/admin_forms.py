"""The admin's document form (single and multiple upload): the content must match the extension."""

import os

from django.conf import settings

from wagtail.documents.forms import BaseDocumentForm

from .file_checks import check_content


class CheckedDocumentForm(BaseDocumentForm):
    def clean_file(self):
        file = self.cleaned_data.get("file")
        if file and "file" in self.changed_data:
            extension = os.path.splitext(file.name)[1].lstrip(".").lower()
            # Extensions outside the allow-list are refused by Wagtail's own validator.
            if extension in settings.WAGTAILDOCS_EXTENSIONS:
                check_content(file, extension)
        return file
