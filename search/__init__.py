"""Site floor: search over pages and PDFs in three languages."""
