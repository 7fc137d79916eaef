"""Frozen copies of data_ingest/normalise.py and data_ingest/store.py as they were before the
benchmark's performance edits (git 13be106), for the before/after in bench/RESULTS.md and for
bench/check_equivalence.py. Not used by the application."""
