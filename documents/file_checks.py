"""Does an uploaded file hold what its extension says?

Browsers and office programs trust the content, not the name: an HTML page renamed to .pdf
would still be a web page on our domain. So each allowed extension names the signature its
content must start with, and the container formats (Office Open XML, OpenDocument) are opened
to see that they are that kind of document and not just any zip.
"""

import zipfile

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

PDF = b"%PDF-"
OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .doc, .xls, .ppt
ZIP = (b"PK\x03\x04", b"PK\x05\x06")
RTF = b"{\\rtf"

# Office Open XML: the part every such file has, and the folder of its kind.
OFFICE_OPEN_XML = {"docx": "word/", "xlsx": "xl/", "pptx": "ppt/"}
# OpenDocument: the first member, "mimetype", names the kind.
OPEN_DOCUMENT = {
    "odt": "application/vnd.oasis.opendocument.text",
    "ods": "application/vnd.oasis.opendocument.spreadsheet",
    "odp": "application/vnd.oasis.opendocument.presentation",
}
MARKUP_STARTS = (b"<", b"\xef\xbb\xbf<")
# A member is read only this far: a small archive can inflate to gigabytes (a zip bomb), and no
# signature we look for is longer.
MEMBER_READ_LIMIT = 256


def check_content(file, extension):
    """Raise ValidationError unless the file's content matches its (allowed) extension."""
    extension = extension.lower()
    file.seek(0)
    head = file.read(2048)
    file.seek(0)
    if not matches(file, head, extension):
        raise ValidationError(
            _("The content of this file is not a .%(extension)s file. Save it again in that format and upload it."),
            code="content_mismatch",
            params={"extension": extension},
        )


def matches(file, head, extension):
    if extension == "pdf":
        return head.startswith(PDF)
    if extension in ("doc", "xls", "ppt"):
        return head.startswith(OLE2)
    if extension == "rtf":
        return head.startswith(RTF)
    if extension in ("txt", "csv"):
        return b"\x00" not in head and not head.lstrip().startswith(MARKUP_STARTS)
    if not head.startswith(ZIP):
        return False
    if extension in OFFICE_OPEN_XML:
        return zip_holds(file, lambda archive: is_office_open_xml(set(archive.namelist()), extension))
    if extension in OPEN_DOCUMENT:
        wanted = OPEN_DOCUMENT[extension].encode()
        return zip_holds(file, lambda archive: start_of(archive, "mimetype").strip() == wanted)
    return extension == "zip"


def is_office_open_xml(names, extension):
    return "[Content_Types].xml" in names and any(name.startswith(OFFICE_OPEN_XML[extension]) for name in names)


def start_of(archive, name):
    """The first bytes of an archive member, never more, however large it inflates."""
    with archive.open(name) as member:
        return member.read(MEMBER_READ_LIMIT)


def zip_holds(file, condition):
    """condition(archive), False for anything that is not a readable zip; the file is rewound."""
    try:
        with zipfile.ZipFile(file) as archive:
            return condition(archive)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError):
        return False
    finally:
        file.seek(0)
