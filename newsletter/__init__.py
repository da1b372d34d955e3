"""Site floor: the newsletter, with RODO consent."""
