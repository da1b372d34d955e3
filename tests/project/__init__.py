"""Tests of the project floor: settings, URLs and glue, demo content, scripts."""
