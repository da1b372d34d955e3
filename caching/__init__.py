"""Ground floor: the page cache and the fragments kept beside it; it knows no page type."""
