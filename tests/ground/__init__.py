"""Tests of the ground floor: core, caching, translations."""
