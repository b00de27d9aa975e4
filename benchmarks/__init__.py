"""Benchmarks of Funnel Planner at 10k, 100k and 1M leads (issue #7): `make bench`."""
