"""Frozen copies of data_ingest/normalise.py, data_ingest/store.py and geo.PlaceMatcher as they were
before the benchmark's performance edits (git 13be106; the matcher as of 0672385), for the
before/after in bench/RESULTS.md and for bench/check_equivalence.py. Not used by the application."""
