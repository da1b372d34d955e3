"""Reads a PDF's text in a process of its own, within bounds.

`python -m documents.pdf_reader PAGES CHARACTERS MEGABYTES CPU_SECONDS` takes the file on standard input
and writes JSON {"text": …, "problem": …} to standard output.

A PDF is a program of drawing operations: ten kilobytes can hold millions of them, and reading one
without bounds held a web worker for minutes. Here the memory and processor time are capped by the
kernel (setrlimit), pages and characters by counting; the caller kills the process after its time
(documents.pdf_text). No Django here: the process starts in a fraction of a second.
"""

import io
import json
import resource
import sys

from pypdf import PdfReader
from pypdf.errors import PyPdfError


def limit_memory_and_time(megabytes, cpu_seconds):
    address_space = megabytes * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (address_space, address_space))
    resource.setrlimit(resource.RLIMIT_CPU, (cpu_seconds, cpu_seconds + 1))


def read(data, max_pages, max_characters):
    """(text, problem): the problem is "pages", "characters" or "unreadable", or "" when all was read."""
    try:
        reader = PdfReader(io.BytesIO(data))
        if len(reader.pages) > max_pages:
            return "", "pages"
        texts, length = [], 0
        for page in reader.pages:
            text = page.extract_text() or ""
            texts.append(text)
            length += len(text) + 1
            if length > max_characters:
                return "\n".join(texts)[:max_characters], "characters"
        return "\n".join(texts), ""
    except (OSError, ValueError, PyPdfError):
        return "", "unreadable"


def main(max_pages, max_characters, megabytes, cpu_seconds):
    data = sys.stdin.buffer.read()
    limit_memory_and_time(megabytes, cpu_seconds)
    try:
        text, problem = read(data, max_pages, max_characters)
    except MemoryError:
        text, problem = "", "memory"
    except Exception:  # noqa: BLE001 -- a crafted file can break the parser anywhere; it is only unreadable
        text, problem = "", "unreadable"
    json.dump({"text": text, "problem": problem}, sys.stdout)


if __name__ == "__main__":
    main(*(int(argument) for argument in sys.argv[1:5]))
