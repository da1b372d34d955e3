"""Content floor: news items, their index, the multimedia page and feeds."""
