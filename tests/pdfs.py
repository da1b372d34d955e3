"""Real PDF files made for tests: one page of text, or many pages sharing one long stream of text operations."""

import io

from pypdf import PdfWriter
from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject


def pdf_saying(text, pages=1, repeat=1):
    """A PDF whose pages all show the same content stream: the text, drawn repeat times (Helvetica)."""
    writer = PdfWriter()
    font = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Font"),
            NameObject("/Subtype"): NameObject("/Type1"),
            NameObject("/BaseFont"): NameObject("/Helvetica"),
        }
    )
    operations = "BT /F1 12 Tf 72 720 Td " + f"({text}) Tj 0 -1 Td " * repeat + "ET"
    stream = DecodedStreamObject()
    stream.set_data(operations.encode("latin-1"))
    stream = stream.flate_encode(level=9)  # as an attacker sends it: 150,000 operations fit in a few kilobytes
    content = writer._add_object(stream)
    resources = DictionaryObject({NameObject("/Font"): DictionaryObject({NameObject("/F1"): writer._add_object(font)})})
    for _page in range(pages):
        page = writer.add_blank_page(612, 792)
        page[NameObject("/Contents")] = content
        page[NameObject("/Resources")] = resources
    output = io.BytesIO()
    writer.write(output)
    return output.getvalue()
