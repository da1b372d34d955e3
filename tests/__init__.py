"""The test suite: one folder per floor, and browser/."""
