"""Content floor: programmes and thematic networks."""
