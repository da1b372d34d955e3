"""Content floor: position documents and their PDFs."""
