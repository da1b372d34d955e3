"""What a change makes stale in the page cache and the front: the one place that knows every page type."""
