"""Demo content from the seed page, and scale content for benchmarks."""
