"""Tests of the site floor: home, search, newsletter, invalidation."""
