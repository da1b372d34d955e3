"""Tests of the content floor: programmes, news, documents, events."""
